// people.batchCreateContacts, batchUpdateContacts and batchDeleteContacts: all-or-nothing batches at the documented maxima
// (200 creates, 200 updates, 500 deletes [C] https://developers.google.com/people/api/rest/v1/people/batchCreateContacts).
import { badRequest, GoogleApiError } from '../core/errors';
import type { ApiRequest } from '../core/types';
import type { World } from '../core/world';
import { checkContactLimit, entityNotFound, rpcStatus } from './guard';
import { bodyReadMask } from './masks';
import { asRecord, isRecord, renderPerson, type Json } from './person-view';
import {
  applyUpdate,
  createPrepared,
  parseUpdateMask,
  prepareCreate,
  prepareUpdate,
  type PreparedCreate,
  type PreparedUpdate,
} from './people-write';
import { accountContacts, livePerson, tombstonePerson } from './store';

/**
 * A batch with invalid entries fails whole, nothing written; the error carries Google's per-contact details
 * (BatchCreateContactsErrorDetails / BatchUpdateContactsErrorDetails: `contactErrors` keyed by index or resource name).
 * HTTP code and status are those of the first failing entry.
 */
function batchError(kind: 'Create' | 'Update', errors: Array<[string, GoogleApiError]>): GoogleApiError {
  const [firstKey, first] = errors[0];
  return new GoogleApiError(
    first.code,
    `${errors.length} contact(s) in the batch are invalid; the first (${firstKey}): ${first.message}`,
    {
      status: first.status,
      reason: first.reason,
      details: [
        {
          '@type': `type.googleapis.com/google.people.v1.Batch${kind}ContactsErrorDetails`,
          contactErrors: Object.fromEntries(errors.map(([k, e]) => [k, rpcStatus(e)])),
        },
      ],
    },
  );
}

function attempt<T>(fn: () => T): T | GoogleApiError {
  try {
    return fn();
  } catch (e) {
    if (e instanceof GoogleApiError) return e;
    throw e;
  }
}

export function batchCreateContacts(world: World, req: ApiRequest): Json {
  const email = req.caller.email;
  const body = asRecord(req.body ?? {}, 'BatchCreateContactsRequest');
  const contacts = Array.isArray(body.contacts) ? body.contacts : [];
  if (!contacts.length) throw badRequest('contacts is required: specify at least one contact to create.');
  if (contacts.length > 200) {
    throw badRequest(
      `Too many contacts: ${contacts.length}. A maximum of 200 contacts can be created per request.`,
    );
  }
  const readMask = bodyReadMask(body);
  const prepared: PreparedCreate[] = [];
  const errors: Array<[string, GoogleApiError]> = [];
  contacts.forEach((c, i) => {
    const r = attempt(() => {
      if (!isRecord(c) || !isRecord(c.contactPerson)) throw badRequest('contactPerson is required.');
      return prepareCreate(world, email, c.contactPerson);
    });
    if (r instanceof GoogleApiError) errors.push([String(i), r]);
    else prepared.push(r);
  });
  if (errors.length) throw batchError('Create', errors);
  // The limit is checked for the batch as a whole: a batch that would pass it creates nothing (README-people.md).
  checkContactLimit(world, email, prepared.length);
  const created = prepared.map((p) => createPrepared(world, email, p));
  if (!readMask) return {};
  return {
    createdPeople: created.map((p) => ({
      requestedResourceName: p.resourceName,
      httpStatusCode: 200,
      person: renderPerson(world, p, readMask),
      status: {},
    })),
  };
}

export function batchUpdateContacts(world: World, req: ApiRequest): Json {
  const email = req.caller.email;
  const body = asRecord(req.body ?? {}, 'BatchUpdateContactsRequest');
  const contacts = isRecord(body.contacts) ? body.contacts : {};
  const names = Object.keys(contacts);
  if (!names.length) throw badRequest('contacts is required: specify at least one contact to update.');
  if (names.length > 200) {
    throw badRequest(
      `Too many contacts: ${names.length}. A maximum of 200 contacts can be updated per request.`,
    );
  }
  const mask = parseUpdateMask(
    typeof body.updateMask === 'string'
      ? body.updateMask
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
    'updateMask',
  );
  const readMask = bodyReadMask(body);
  const prepared: PreparedUpdate[] = [];
  const errors: Array<[string, GoogleApiError]> = [];
  for (const rn of names) {
    const r = attempt(() =>
      prepareUpdate(world, email, rn, asRecord(contacts[rn], `contacts["${rn}"]`), mask),
    );
    if (r instanceof GoogleApiError) errors.push([rn, r]);
    else prepared.push(r);
  }
  if (errors.length) throw batchError('Update', errors);
  for (const u of prepared) applyUpdate(world, email, u, mask);
  if (!readMask) return {};
  return {
    updateResult: Object.fromEntries(
      prepared.map((u) => [
        u.person.resourceName,
        {
          requestedResourceName: u.person.resourceName,
          httpStatusCode: 200,
          person: renderPerson(world, u.person, readMask),
          status: {},
        },
      ]),
    ),
  };
}

/** Deletes up to 500 contacts; a missing one fails the batch or is skipped per the [?] setting `batchDeleteMissing`. */
export function batchDeleteContacts(world: World, req: ApiRequest): Json {
  const email = req.caller.email;
  const body = asRecord(req.body ?? {}, 'BatchDeleteContactsRequest');
  const names = Array.isArray(body.resourceNames) ? [...new Set(body.resourceNames.map(String))] : [];
  if (!names.length) throw badRequest('resourceNames is required: specify at least one contact to delete.');
  if (names.length > 500) {
    throw badRequest(
      `Too many resourceNames: ${names.length}. A maximum of 500 contacts can be deleted per request.`,
    );
  }
  const acct = accountContacts(world, email);
  const found = names.map((rn) => livePerson(acct, rn));
  if (world.config.batchDeleteMissing === 'fail' && found.some((p) => !p)) throw entityNotFound();
  for (const p of found) if (p) tombstonePerson(world, email, p);
  return {};
}
