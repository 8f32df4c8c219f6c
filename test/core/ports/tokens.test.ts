// The DWD failure vocabulary: codes, keys, reading a failure back, and what it means for a collaborator's status.
import { AppError, notFound } from '../../../src/core/errors';
import { diagnose, type StatusFacts } from '../../../src/core/status';
import {
  dwdError,
  DWD_ERROR_KEYS,
  dwdFailureOf,
  dwdStatusCause,
  DWD_SCOPES,
  normalizeScopes,
  type DwdFailure,
} from '../../../src/core/ports/tokens';

const FAILURES: DwdFailure[] = [
  'notConfigured',
  'notAuthorized',
  'userNotAllowed',
  'keyRevoked',
  'rejected',
  'unavailable',
];

describe('DWD failures', () => {
  it('each failure has its code, its catalog key and a filled-in English message', () => {
    const codes = FAILURES.map((f) =>
      dwdError(f, {
        clientId: '123',
        scopes: 's',
        user: 'u@example.com',
        keyId: 'k',
        reason: 'r',
        detail: 'd',
      }),
    );
    expect(codes.map((e) => e.code)).toEqual([
      'FAILED_PRECONDITION',
      'PERMISSION_DENIED',
      'PERMISSION_DENIED',
      'FAILED_PRECONDITION',
      'FAILED_PRECONDITION',
      'UNAVAILABLE',
    ]);
    expect(codes.map((e) => e.key)).toEqual(FAILURES.map((f) => DWD_ERROR_KEYS[f]));
    for (const e of codes) expect(e.message).not.toMatch(/\{\w+\}/);
  });

  it('dwdFailureOf reads a failure back, and is null for any other error', () => {
    for (const f of FAILURES) expect(dwdFailureOf(dwdError(f))).toBe(f);
    expect(dwdFailureOf(notFound('error.x', 'x'))).toBeNull();
    expect(dwdFailureOf(new Error('x'))).toBeNull();
    expect(dwdFailureOf('notConfigured')).toBeNull();
    expect(dwdStatusCause(new AppError('UNAVAILABLE', 'error.other', 'x'))).toBeNull();
  });

  it('a failure that says the user cannot be reached makes an otherwise active internal collaborator REVOKED', () => {
    const facts: StatusFacts = {
      accountState: 'active',
      isExternal: false,
      accepted: false,
      dwdAuthorized: true,
      seated: true,
      editionAllows: true,
      overQuota: false,
      pendingWrites: 0,
    };
    const statusAfter = (f: DwdFailure) => {
      const cause = dwdStatusCause(dwdError(f));
      return cause?.dwdAuthorized === null
        ? 'unchanged'
        : diagnose({ ...facts, dwdAuthorized: cause?.dwdAuthorized ?? true });
    };
    expect(FAILURES.map(statusAfter)).toEqual([
      'REVOKED',
      'REVOKED',
      'REVOKED',
      'REVOKED',
      'unchanged',
      'unchanged',
    ]);
    expect(FAILURES.map((f) => dwdStatusCause(dwdError(f))?.everyone)).toEqual([
      true,
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it('normalizeScopes trims, drops empties and duplicates, and sorts', () => {
    expect(normalizeScopes([' b ', 'a', 'b', ''])).toEqual(['a', 'b']);
    expect(normalizeScopes(DWD_SCOPES)).toHaveLength(4);
  });
});
