// Test-data builders: a label owned by owner@ and shared at given roles, built through the commands themselves.
import { addContact } from '../../../src/app/commands/add-contact';
import { createLabel } from '../../../src/app/commands/create-label';
import { share } from '../../../src/app/commands/share';
import { Model } from '../../../src/app/store/model';
import type { Collaborator, Grant, Label, MasterContact } from '../../../src/core/model';
import type { GrantRole } from '../../../src/core/role';
import { must, person, World } from './world';

export const OWNER = 'owner@example.com';

export interface Shared {
  label: Label;
  grants: Record<string, Grant>;
  contacts: MasterContact[];
}

/** `shares`: grantee (address, or "domain") → role. Grantees that are domain users must exist in the directory. */
export function sharedLabel(
  w: World,
  opts: { name?: string; owner?: string; shares?: Record<string, GrantRole>; contacts?: number } = {},
): Shared {
  const owner = opts.owner ?? OWNER;
  const { label } = must(createLabel(w.ctx(owner), { name: opts.name ?? 'Clients' }));
  const grants: Record<string, Grant> = {};
  for (const [grantee, role] of Object.entries(opts.shares ?? {})) {
    grants[grantee] = must(share(w.ctx(owner), { labelId: label.id, grantee, role })).grant;
  }
  const contacts: MasterContact[] = [];
  for (let i = 0; i < (opts.contacts ?? 0); i++) {
    contacts.push(
      must(addContact(w.ctx(owner), { labelId: label.id, person: person(`Person${i}`, `p${i}@client.org`) }))
        .contact,
    );
  }
  return { label, grants, contacts };
}

/** The store as a fresh load sees it. */
export function model(w: World): Model {
  return new Model(
    w.store.load([
      'labels',
      'grants',
      'contacts',
      'history',
      'comments',
      'collaborators',
      'audit',
      'syncState',
    ]),
  );
}

export function collaborators(
  w: World,
  labelId: string,
): Record<string, Pick<Collaborator, 'status' | 'seated'>> {
  const out: Record<string, Pick<Collaborator, 'status' | 'seated'>> = {};
  for (const c of model(w).collaboratorsOf(labelId)) out[c.email] = { status: c.status, seated: c.seated };
  return out;
}

export function statuses(w: World, labelId: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of model(w).collaboratorsOf(labelId)) out[c.email] = c.status;
  return out;
}
