import {
  alreadyExists, AppError, appError, ERROR_CODES, fail, failedPrecondition, formatMessage, invalidArgument, isAppError,
  notFound, ok, permissionDenied, resourceExhausted, Result, unavailable, upgradeRequired,
} from '../../src/core/errors';

describe('AppError', () => {
  it('carries code, catalog key, params and the English sentence', () => {
    const e = permissionDenied('error.role.cannotShare', 'Only a manager can share "{label}".', { label: 'Clients' });
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: 'PERMISSION_DENIED', key: 'error.role.cannotShare', params: { label: 'Clients' }, name: 'AppError' });
    expect(e.message).toBe('Only a manager can share "Clients".');
  });

  it.each([
    [invalidArgument, 'INVALID_ARGUMENT'],
    [notFound, 'NOT_FOUND'],
    [permissionDenied, 'PERMISSION_DENIED'],
    [alreadyExists, 'ALREADY_EXISTS'],
    [failedPrecondition, 'FAILED_PRECONDITION'],
    [upgradeRequired, 'UPGRADE_REQUIRED'],
    [resourceExhausted, 'RESOURCE_EXHAUSTED'],
    [unavailable, 'UNAVAILABLE'],
  ] as const)('builds %p errors with code %s', (build, code) => {
    expect(build('error.x', 'Try again.').code).toBe(code);
    expect(ERROR_CODES).toContain(code);
  });

  it('leaves an unknown placeholder visible', () => {
    expect(formatMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('is recognised by isAppError and nothing else is', () => {
    expect(isAppError(appError('NOT_FOUND', 'k', 'm'))).toBe(true);
    expect(isAppError(new Error('x'))).toBe(false);
    expect(isAppError({ code: 'NOT_FOUND' })).toBe(false);
  });
});

describe('Result', () => {
  it('wraps a value or an error', () => {
    const good: Result<number> = ok(3);
    const bad: Result<number> = fail(notFound('error.label.notFound', 'No such label.'));
    expect(good).toEqual({ ok: true, value: 3 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('NOT_FOUND');
  });
});
