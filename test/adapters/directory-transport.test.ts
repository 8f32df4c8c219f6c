// Mapping Directory User resources and advanced-service exceptions, independent of any transport.
import { toUserInfo } from '../../src/adapters/directory-transport';
import { advancedFailure, bodyMessage, isTransient } from '../../src/adapters/google-errors';

describe('toUserInfo', () => {
  it('reads the primary organisation and location, custom phone types and both alias lists', () => {
    expect(
      toUserInfo({
        primaryEmail: 'Alice@Example.com',
        name: { givenName: 'Alice', familyName: 'L' },
        isAdmin: false,
        suspended: false,
        aliases: ['A@example.com'],
        nonEditableAliases: ['alice@example.test.google.com'],
        phones: [{ value: '1', type: 'custom', customType: 'desk' }, { value: '2' }, { type: 'work' }],
        organizations: [
          { title: 'Old', department: 'X' },
          { title: 'Engineer', department: 'R&D', primary: true },
        ],
        locations: [{ buildingId: 'HQ', type: 'desk' }],
      }),
    ).toEqual({
      email: 'alice@example.com',
      state: 'active',
      isAdmin: false,
      givenName: 'Alice',
      familyName: 'L',
      aliases: ['a@example.com', 'alice@example.test.google.com'],
      phones: [
        { value: '1', type: 'desk' },
        { value: '2', type: 'other' },
      ],
      title: 'Engineer',
      department: 'R&D',
      location: 'HQ',
    });
  });

  it.each([
    [{ suspended: true, suspensionReason: 'ADMIN' }, 'suspended'],
    [{ suspended: true, suspensionReason: 'UNDER13' }, 'suspended'],
    [{ suspended: true }, 'suspended'],
    [{ suspended: true, suspensionReason: 'ABUSE' }, 'banned'],
    [{ archived: true }, 'archived'],
    [{ suspended: false, archived: false }, 'active'],
  ])('state of %j is %s', (fields, state) => {
    expect(toUserInfo({ primaryEmail: 'x@example.com', ...fields }).state).toBe(state);
  });
});

describe('advancedFailure', () => {
  it('reads the status from a GoogleJsonResponseException, "no answer" from an Exception, and ignores anything else', () => {
    const gjre = Object.assign(
      new Error('API call to directory.users.get failed with error: Resource Not Found: userKey'),
      {
        name: 'GoogleJsonResponseException',
        details: { code: 404, message: 'Resource Not Found: userKey' },
      },
    );
    expect(advancedFailure(gjre)).toEqual({ status: 404, message: 'Resource Not Found: userKey' });
    expect(
      advancedFailure(Object.assign(new Error('Service unavailable: People'), { name: 'Exception' })),
    ).toEqual({
      status: 0,
      message: 'Service unavailable: People',
    });
    expect(advancedFailure(Object.assign(new Error('killed'), { name: 'ExecutionKilled' }))).toBeNull();
    expect(advancedFailure(new TypeError('bug'))).toBeNull();
    expect(advancedFailure('text')).toBeNull();
  });

  it('knows which statuses are worth retrying, and where Google puts its message', () => {
    expect([0, 429, 500, 503, 400, 401, 403, 404].map(isTransient)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(bodyMessage({ error: { code: 403, message: 'Not Authorized' } })).toBe('Not Authorized');
    expect(bodyMessage({ error: 'invalid_grant', error_description: 'Invalid JWT Signature.' })).toBe(
      'Invalid JWT Signature.',
    );
    expect(bodyMessage(null)).toBe('');
  });
});
