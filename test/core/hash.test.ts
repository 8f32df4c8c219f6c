import { canonicalJson } from '../../src/core/canonical-json';
import { fnv1a64 } from '../../src/core/hash';

describe('fnv1a64', () => {
  // Published FNV-1a 64-bit test vectors (http://www.isthe.com/chongo/tech/comp/fnv/).
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('hashes "%s" to %s', (input, expected) => {
    expect(fnv1a64(input)).toBe(expected);
  });
});

describe('canonicalJson', () => {
  it('sorts keys and drops empty values at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: '', c: [null, 'x', {}] }, e: [] })).toBe('{"a":{"c":["x"]},"b":1}');
  });

  it('gives an empty string for nothing at all', () => {
    expect(canonicalJson(undefined)).toBe('');
    expect(canonicalJson({ a: [] })).toBe('');
  });
});
