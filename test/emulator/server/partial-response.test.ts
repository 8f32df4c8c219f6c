import { parseFields, selectFields } from '../../../emulator/server/partial-response';
import { GoogleApiError } from '../../../emulator/core/errors';

const page = {
  connections: [
    {
      resourceName: 'people/c1',
      etag: 'e1',
      names: [{ givenName: 'Ada', familyName: 'L' }],
      emailAddresses: [{ value: 'a@x' }],
    },
    { resourceName: 'people/c2', etag: 'e2', names: [{ givenName: 'Bob' }] },
  ],
  nextPageToken: 'p2',
  totalItems: 2,
};

describe('partial response (fields)', () => {
  it('keeps top-level fields and sub-selections applied to every array element', () => {
    expect(
      selectFields(page, parseFields('nextPageToken,connections(resourceName,names/givenName)')),
    ).toEqual({
      nextPageToken: 'p2',
      connections: [
        { resourceName: 'people/c1', names: [{ givenName: 'Ada' }] },
        { resourceName: 'people/c2', names: [{ givenName: 'Bob' }] },
      ],
    });
  });

  it('merges repeated paths and lets * keep every field at its level', () => {
    expect(selectFields(page, parseFields('connections/etag, connections/resourceName'))).toEqual({
      connections: [
        { resourceName: 'people/c1', etag: 'e1' },
        { resourceName: 'people/c2', etag: 'e2' },
      ],
    });
    expect(selectFields({ a: { x: 1, y: 2 }, b: 3 }, parseFields('*'))).toEqual({ a: { x: 1, y: 2 }, b: 3 });
  });

  it('rejects a malformed selection with 400 INVALID_ARGUMENT', () => {
    for (const bad of ['connections(names', 'a,,b', 'a)', '']) {
      let thrown: unknown;
      try {
        parseFields(bad);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(GoogleApiError);
      expect((thrown as GoogleApiError).code).toBe(400);
    }
  });
});
