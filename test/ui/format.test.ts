// Dates in the user's language and time zone (from the event's offset), numbers with the language's separators.
import { formatDateTime, formatNumber, formatter } from '../../src/ui/format';

const AT = '2026-01-05T17:04:00.000Z';
const ROME = 3600000;

describe('formatDateTime', () => {
  it('writes each language\'s pattern at the user\'s offset', () => {
    expect(formatDateTime(AT, 'en', ROME, 'en')).toBe('Jan 5, 2026, 6:04 PM');
    expect(formatDateTime(AT, 'en', ROME, 'en-GB')).toBe('5 Jan 2026, 18:04');
    expect(formatDateTime(AT, 'it', ROME)).toBe('5 gen 2026, 18:04');
    expect(formatDateTime(AT, 'nl', ROME)).toBe('5 jan 2026 18:04');
    expect(formatDateTime(AT, 'de', ROME)).toBe('5. Jan. 2026, 18:04');
  });

  it('crosses midnight and the year with the offset', () => {
    expect(formatDateTime('2025-12-31T23:30:00Z', 'de', ROME)).toBe('1. Jan. 2026, 00:30');
    expect(formatDateTime('2026-01-01T03:00:00Z', 'en', -5 * ROME, 'en-US')).toBe('Dec 31, 2025, 10:00 PM');
    expect(formatDateTime('2026-03-01T00:15:00Z', 'it', 0)).toBe('1 mar 2026, 00:15');
    expect(formatDateTime('2026-03-01T12:00:00Z', 'en', 0, 'en')).toBe('Mar 1, 2026, 12:00 PM');
    expect(formatDateTime('2026-03-01T00:00:00Z', 'en', 0, 'en')).toBe('Mar 1, 2026, 12:00 AM');
  });

  it('leaves an unreadable value as it was', () => {
    expect(formatDateTime('not a date', 'it', 0)).toBe('not a date');
  });
});

describe('formatNumber', () => {
  it('groups thousands the way each language does', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'it')).toBe('1.234.567');
    expect(formatNumber(-25000, 'de')).toBe('-25.000');
    expect(formatNumber(999, 'nl')).toBe('999');
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
  });
});

describe('formatter', () => {
  it('writes a birthday with or without its year', () => {
    expect(formatter('en', 0, 'en-US').day(3, 7, 1980)).toBe('Mar 7, 1980');
    expect(formatter('it', 0).day(3, 7)).toBe('7 mar');
    expect(formatter('de', 0).day(12, 24, 1990)).toBe('24. Dez. 1990');
  });
});
