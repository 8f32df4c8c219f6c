import { collapseWhitespace, hasControlChars, preview } from '../../src/core/text';
import { compareTimestamps, toEpochMs } from '../../src/core/time';

describe('toEpochMs and compareTimestamps', () => {
  it('reads ISO strings and epoch ms alike', () => {
    expect(toEpochMs('1970-01-01T00:00:01Z')).toBe(1000);
    expect(compareTimestamps('1970-01-01T00:00:01Z', 2000)).toBeLessThan(0);
  });

  it('sorts an unparseable time after every real one', () => {
    expect(compareTimestamps('garbage', 0)).toBeGreaterThan(0);
    expect(compareTimestamps(0, 'garbage')).toBeLessThan(0);
    expect(compareTimestamps('garbage', 'junk')).toBe(0);
  });
});

describe('text helpers', () => {
  it('collapses whitespace, finds control characters, and shortens previews', () => {
    expect(collapseWhitespace(' a \t b\n')).toBe('a b');
    expect(hasControlChars('a\u0085b')).toBe(true);
    expect(hasControlChars('a\nb')).toBe(true);
    expect(hasControlChars('a\nb', true)).toBe(false);
    expect(preview('abcdef', 4)).toBe('abc…');
  });
});
