import { isDirectoryLabel, LABEL_NAME_MAX, labelNameKey, validateLabelName } from '../../src/core/label';

describe('validateLabelName', () => {
  it('returns the trimmed name', () => {
    expect(validateLabelName('  Clients 2024 ')).toEqual({ ok: true, value: 'Clients 2024' });
  });

  it.each([
    ['', 'error.label.nameEmpty'],
    ['   ', 'error.label.nameEmpty'],
    ['x'.repeat(LABEL_NAME_MAX + 1), 'error.label.nameTooLong'],
    ['Clients\u0000', 'error.label.nameControlChars'],
    ['Line\nbreak', 'error.label.nameControlChars'],
    ['myContacts', 'error.label.nameReserved'],
    ['my  contacts', 'error.label.nameReserved'],
    ['Starred', 'error.label.nameReserved'],
  ])('refuses %j with %s', (input, key) => {
    const result = validateLabelName(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_ARGUMENT');
      expect(result.error.key).toBe(key);
    }
  });

  it('accepts a name of exactly the maximum length', () => {
    expect(validateLabelName('x'.repeat(LABEL_NAME_MAX)).ok).toBe(true);
  });
});

describe('labelNameKey', () => {
  it('makes names that differ only in case and spacing equal', () => {
    expect(labelNameKey(' Key   Clients ')).toBe(labelNameKey('key clients'));
  });
});

describe('isDirectoryLabel', () => {
  it('is true only for a label fed by the directory', () => {
    expect(isDirectoryLabel({ feed: { kind: 'directory' } })).toBe(true);
    expect(isDirectoryLabel({ feed: { kind: 'csv' } })).toBe(false);
    expect(isDirectoryLabel({ feed: null })).toBe(false);
  });
});
