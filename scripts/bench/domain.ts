// Bench domains: users and a label made through the product (scenario runner), masters seeded in bulk with the
// product's own store adapter (one save instead of 25,000 commands), grants through the `share` command.
import { ScriptPropertiesConfig } from '../../src/adapters/script-properties-config';
import { SheetsStore } from '../../src/adapters/sheets-store';
import { SETUP_KEYS } from '../../src/app/admin/setup';
import { Model } from '../../src/app/store/model';
import type { MasterContact } from '../../src/core/model';
import { emptyPerson, type MasterPerson } from '../../src/core/person';
import type { GrantRole } from '../../src/core/role';
import { harnessRuntime, inExecution } from '../../test/support/apps-script';
import { runScenario } from '../scenario/runner';
import { parseScenario } from '../scenario/schema';
import { command, type Session } from '../scenario/session';

export const DOMAIN = 'bench.example';
export const ADMIN = `admin@${DOMAIN}`;
export const OWNER = `owner@${DOMAIN}`;

/** The n-th collaborator's address (u01, u02, ...). */
export const collaborator = (n: number) => `u${String(n).padStart(2, '0')}@${DOMAIN}`;

/** A plausible business contact: name, work e-mail, phone and company, distinct for every `i`. */
export function benchPerson(i: number): MasterPerson {
  const company = `Client ${i % 97}`;
  return {
    ...emptyPerson(),
    names: { givenName: `Given${i}`, familyName: `Family${i}` },
    emailAddresses: [{ value: `person${i}@client${i % 97}.test`, type: 'work' }],
    phoneNumbers: [{ value: `+39 02 ${String(1000000 + i)}`, type: 'work' }],
    organizations: [{ name: company, title: i % 3 === 0 ? 'Buyer' : 'Manager' }],
  };
}

/** Master ids the bench seeds; scenario keys are the same strings, so Google-side steps can name them. */
export const masterId = (i: number) => `ctc_bench_${i}`;

/** A domain with the admin, the owner and `collaborators` users, set up as an admin would, and one label of the owner. */
export function benchDomain(
  collaborators: number,
  labelName: string,
  log: (line: string) => void,
): { session: Session; labelId: string } {
  const users = [
    { email: ADMIN },
    { email: OWNER },
    ...Array.from({ length: collaborators }, (_, i) => ({ email: collaborator(i + 1) })),
  ];
  const scenario = parseScenario(
    JSON.stringify({
      domain: DOMAIN,
      admin: ADMIN,
      users,
      steps: [{ as: OWNER, do: 'createLabel', name: labelName }],
    }),
  );
  const { session } = runScenario(scenario, { noReport: true, log });
  const labelId = session.labels.get(labelName);
  if (!labelId) throw new Error(`the bench could not create the label ${labelName}`);
  return { session, labelId };
}

/** Seeds `count` masters into the label in one store save, as the admin in one Node-side execution. */
export function seedMasters(session: Session, labelId: string, count: number): void {
  const rt = harnessRuntime(session.world);
  inExecution(rt, ADMIN, (g) => {
    const id = new ScriptPropertiesConfig(g.PropertiesService, DOMAIN).get(SETUP_KEYS.spreadsheetId);
    const store = new SheetsStore(g.UrlFetchApp, () => `dev:${ADMIN}`, id);
    const snapshot = store.load(['contacts']);
    const model = new Model(snapshot);
    const now = new Date().toISOString();
    for (let i = 0; i < count; i++) {
      const m: MasterContact = {
        id: masterId(i),
        labelIds: [labelId],
        revision: 1,
        createdAt: now,
        createdBy: OWNER,
        updatedAt: now,
        updatedBy: OWNER,
        deleted: false,
        person: benchPerson(i),
        adoptedFrom: null,
        feedKey: null,
      };
      model.putContact(m);
      session.masters.set(m.id, m.id);
    }
    store.save(snapshot, model.changes());
  });
}

/** Grants through the product's `share` command, as the owner; throws when the product refuses. */
export function shareWith(session: Session, labelId: string, email: string, role: GrantRole): void {
  const r = command(session, OWNER, 'share', { labelId, grantee: email, role, syncToMobile: true });
  if (!r.ok) throw new Error(`share with ${email} refused: ${r.error.message}`);
}
