import { createWorld, World } from '../../../emulator';
import {
  checkAgainst,
  installSchemaValidation,
  requestBodyProblem,
  toJsonSchema,
  validateExchange,
} from '../../../emulator/core/schema';
import { GoogleApiError, notFound } from '../../../emulator/core/errors';
import type { ApiRequest } from '../../../emulator/core/types';

const person = {
  resourceName: 'people/c123',
  etag: '%EgUBAi43PRoEAQIFByIMbm9QaW5Lc1dwVnM9',
  metadata: {
    sources: [{ type: 'CONTACT', id: '123', etag: '#abc', updateTime: '2026-01-05T09:00:00.300Z' }],
  },
  names: [
    {
      givenName: 'Ada',
      familyName: 'Lovelace',
      metadata: { primary: true, source: { type: 'CONTACT', id: '123' } },
    },
  ],
  emailAddresses: [{ value: 'ada@example.com', type: 'work' }],
  clientData: [{ key: 'sl.master', value: 'm-1' }],
  memberships: [
    {
      contactGroupMembership: {
        contactGroupId: 'myContacts',
        contactGroupResourceName: 'contactGroups/myContacts',
      },
    },
  ],
};

function request(methodId: string, body?: unknown): ApiRequest {
  const service = methodId.startsWith('people.')
    ? 'people'
    : methodId.startsWith('directory.')
      ? 'directory'
      : 'sheets';
  return {
    service,
    methodId,
    params: {},
    body,
    caller: { email: 'alice@example.com', scopes: null },
    via: 'rest',
  };
}

describe('schema validation', () => {
  it('accepts a well-formed Person as a createContact request and response', () => {
    expect(checkAgainst('people', 'Person', person)).toBeNull();
    expect(() =>
      validateExchange(request('people.people.createContact', person), { status: 200, body: person }),
    ).not.toThrow();
  });

  it('rejects a field the discovery document does not declare, naming method, direction and path', () => {
    const body = { ...person, names: [{ givenName: 'Ada', nickname: 'A' }] };
    expect(() =>
      validateExchange(request('people.people.createContact', body), { status: 200, body: person }),
    ).toThrow(
      /people\.people\.createContact request body \(Person\).*\/names\/0: must NOT have additional properties "nickname"/,
    );
    expect(() =>
      validateExchange(request('people.people.createContact', person), { status: 200, body }),
    ).toThrow(/people\.people\.createContact response body \(Person\)/);
  });

  it('rejects an int64 field sent as a JSON number, since Google encodes int64 as a string', () => {
    const group = {
      kind: 'admin#directory#group',
      id: '03x',
      email: 'sales@example.com',
      directMembersCount: 3,
    };
    expect(checkAgainst('directory', 'Group', group)).toBe('/directMembersCount: must be string');
    expect(checkAgainst('directory', 'Group', { ...group, directMembersCount: '3' })).toBeNull();
  });

  it('rejects an int32 field that is not an integer and an enum value Google does not define', () => {
    expect(checkAgainst('people', 'ListConnectionsResponse', { totalItems: 1.5 })).toMatch(
      /\/totalItems: must be integer/,
    );
    expect(checkAgainst('people', 'ContactGroup', { groupType: 'FAVOURITES' })).toMatch(
      /\/groupType: must be equal to one of/,
    );
  });

  it('accepts additionalProperties maps the document declares and any JSON where the type is any', () => {
    const update = { updateResult: { 'people/c1': { httpStatusCode: 200, person } } };
    expect(checkAgainst('people', 'BatchUpdateContactsResponse', update)).toBeNull();
    expect(
      checkAgainst('sheets', 'ValueRange', {
        range: 'A!A1:B1',
        majorDimension: 'ROWS',
        values: [['x', 1, true]],
      }),
    ).toBeNull();
  });

  it("rejects an error body that lacks Google's status or disagrees with the HTTP status", () => {
    const ok = notFound('Resource Not Found: userKey').toBody();
    expect(() => validateExchange(request('directory.users.get'), { status: 404, body: ok })).not.toThrow();
    expect(() =>
      validateExchange(request('directory.users.get'), {
        status: 404,
        body: { error: { code: 404, message: 'gone' } },
      }),
    ).toThrow(/directory\.users\.get error body \(HTTP 404\).*must have required property 'status'/);
    expect(() => validateExchange(request('directory.users.get'), { status: 403, body: ok })).toThrow(
      /differs from the HTTP status/,
    );
    expect(() =>
      validateExchange(request('directory.users.get'), { status: 500, body: { message: 'boom' } }),
    ).toThrow(/error body/);
  });

  it('converts objects without declared additionalProperties to closed JSON Schema objects', () => {
    expect(toJsonSchema({ type: 'object', properties: { a: { type: 'string', format: 'int64' } } })).toEqual({
      type: 'object',
      properties: { a: { type: 'string', format: 'int64' } },
      additionalProperties: false,
    });
    expect(toJsonSchema({ type: 'object', additionalProperties: { $ref: 'Person' } })).toEqual({
      type: 'object',
      additionalProperties: { $ref: '#/definitions/Person' },
    });
  });

  it('makes world.call throw when a handler answers with a body outside the schema', () => {
    const world = new World(
      { 'directory.groups.get': () => ({ email: 'sales@example.com', directMembersCount: 2 }) },
      { seed: 1 },
    );
    installSchemaValidation(world);
    const call = () => world.call(request('directory.groups.get'));
    expect(call).toThrow(
      /directory\.groups\.get response body \(Group\) .*\/directMembersCount: must be string/,
    );
    expect(world.calls).toHaveLength(1);
  });

  it('lets Google-shaped error bodies through world.call once installed', () => {
    const world = createWorld({ seed: 1 });
    installSchemaValidation(world);
    expect(world.validator).not.toBeNull();
    // No emulator implements Chrome OS devices: the dispatcher's 501 must still be Google-shaped.
    const unimplemented = world.call(request('directory.chromeosdevices.list'));
    expect(unimplemented.status).toBe(501);
    const thrower = new World(
      {
        'people.people.get': () => {
          throw new GoogleApiError(400, 'bad', { status: 'FAILED_PRECONDITION' });
        },
      },
      { seed: 1 },
    );
    installSchemaValidation(thrower);
    expect(thrower.call(request('people.people.get')).body).toMatchObject({
      error: { code: 400, status: 'FAILED_PRECONDITION' },
    });
  });
});

describe('requestBodyProblem', () => {
  it("words an undeclared field and a wrongly typed value as Google's JSON parser does", () => {
    expect(requestBodyProblem('people.people.createContact', { names: [{ givenName: 'A' }] })).toBeNull();
    expect(requestBodyProblem('people.people.createContact', { nickname: 'x' })).toBe(
      'Invalid JSON payload received. Unknown name "nickname": Cannot find field.',
    );
    expect(requestBodyProblem('people.people.createContact', { names: [{ givenName: 5 }] })).toBe(
      "Invalid value at 'names[0].givenName' (must be string)",
    );
    expect(requestBodyProblem('people.people.get', { anything: true })).toBeNull();
  });
});
