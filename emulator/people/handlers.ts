// People API v1 method handlers, keyed by discovery method id; each first checks the token's scopes and the caller's account.
import type { ApiRequest } from '../core/types';
import type { HandlerTable, World } from '../core/world';
import { connectionsList } from './connections';
import { contactGroupsBatchGet, contactGroupsGet, contactGroupsList } from './groups-read';
import {
  contactGroupsCreate,
  contactGroupsDelete,
  contactGroupsMembersModify,
  contactGroupsUpdate,
} from './groups-write';
import { checkAccount, checkScopes } from './guard';
import { batchCreateContacts, batchDeleteContacts, batchUpdateContacts } from './people-batch';
import { peopleGet, peopleGetBatchGet, peopleSearchContacts } from './people-read';
import { createContact, deleteContact, updateContact } from './people-write';

type Handler = (world: World, req: ApiRequest) => unknown;

function guarded(handler: Handler): Handler {
  return (world, req) => {
    checkScopes(req);
    checkAccount(world, req.caller.email);
    return handler(world, req);
  };
}

const TABLE: Record<string, Handler> = {
  'people.people.connections.list': connectionsList,
  'people.people.get': peopleGet,
  'people.people.getBatchGet': peopleGetBatchGet,
  'people.people.searchContacts': peopleSearchContacts,
  'people.people.createContact': createContact,
  'people.people.updateContact': updateContact,
  'people.people.deleteContact': deleteContact,
  'people.people.batchCreateContacts': batchCreateContacts,
  'people.people.batchUpdateContacts': batchUpdateContacts,
  'people.people.batchDeleteContacts': batchDeleteContacts,
  'people.contactGroups.list': contactGroupsList,
  'people.contactGroups.get': contactGroupsGet,
  'people.contactGroups.batchGet': contactGroupsBatchGet,
  'people.contactGroups.create': contactGroupsCreate,
  'people.contactGroups.update': contactGroupsUpdate,
  'people.contactGroups.delete': contactGroupsDelete,
  'people.contactGroups.members.modify': contactGroupsMembersModify,
};

export const PEOPLE_HANDLERS: HandlerTable = Object.fromEntries(
  Object.entries(TABLE).map(([id, handler]) => [id, guarded(handler)]),
);
