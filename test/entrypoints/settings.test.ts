// Admin settings through the built bundle, from a domain nobody has set up: claim the admin role, paste the key (only
// its client id and address are shown), test delegation with a clear result, create the spreadsheet and open it,
// install the hourly trigger; and what everyone else sees.
import { createWorld } from '../../emulator';
import { addUser, restoreDelegation, revokeDelegation } from '../../emulator/directory/admin';
import { authorizeDwd, issueServiceAccountKey } from '../../emulator/oauth/keys';
import { newRuntime } from '../../scripts/scenario/domain';
import type { Session } from '../../scripts/scenario/runner';
import { DWD_SCOPES } from '../../src/core/ports/tokens';
import { action, actions, call, follow, inputs, links, navigations, notification, text, top } from './support/cards';

const ADMIN = 'admin@example.com';
const ALICE = 'alice@example.com';

function unsetDomain(): Session {
  const world = createWorld({ seed: 11 });
  addUser(world, { email: ADMIN, isAdmin: true });
  addUser(world, { email: ALICE });
  return { world, runtime: newRuntime(world), labels: new Map(), masters: new Map(), own: new Map(), runs: 0, log: () => undefined };
}

describe('onSettings', () => {
  it('walks the admin through the whole checklist', () => {
    const s = unsetDomain();
    const first = top(call(s, ADMIN, 'onSettings'));
    expect(text(first)).toContain('Shared Labels is not set up for this domain yet.');

    let r = follow(s, ADMIN, action(first, 'I am the admin: start the setup'));
    expect(notification(r)).toBe('You now manage Shared Labels for the domain.');
    let card = top(r);
    expect(text(card)).toContain('✓ admin@example.com manages Shared Labels');
    expect(text(card)).toContain('Create a service account in your Cloud project');
    expect(inputs(card).keyJson).toMatchObject({ type: 'MULTIPLE_LINE' });
    expect(actions(card).map((a) => a.fn)).not.toContain('onCreateStore');

    r = follow(s, ADMIN, action(card, 'Save key'), { form: { keyJson: '{"type": "user"}' } });
    expect(notification(r)).toMatch(/^This is not a usable service-account key: /);

    expect(inputs(card).dwdScopes).toMatchObject({ value: DWD_SCOPES.join(',') });
    const key = issueServiceAccountKey(s.world, { projectId: 'sl-test' });
    r = follow(s, ADMIN, action(card, 'Save key'), { form: { keyJson: JSON.stringify(key, null, 2) } });
    expect(notification(r)).toMatch(new RegExp(`^Domain-wide delegation is not authorised for client ${key.client_id}: `));
    authorizeDwd(s.world, key.client_id, [...DWD_SCOPES]);
    revokeDelegation(s.world, ALICE);
    r = follow(s, ADMIN, action(card, 'Save key'), { form: { keyJson: JSON.stringify(key, null, 2) } });
    expect(notification(r)).toBe(`Key saved: Google accepts client ${key.client_id}. Test delegation for a colleague next.`);
    card = top(r);
    expect(text(card)).toContain(key.client_id);
    expect(text(card)).toContain(key.client_email);
    expect(inputs(card).dwdScopes).toMatchObject({ value: DWD_SCOPES.join(',') });
    expect(JSON.stringify(r)).not.toContain('PRIVATE KEY');
    expect(JSON.stringify(r)).not.toContain(key.private_key_id);

    r = follow(s, ADMIN, action(card, 'Test'), { form: { testUser: ALICE } });
    expect(notification(r)).toBe('Delegation does not work yet');
    expect(text(top(r))).toContain(`✗ Delegation does not work yet\nDomain-wide delegation is not authorised for client ${key.client_id}: a Workspace admin must add it in the Admin console (Security > API controls`);
    restoreDelegation(s.world, ALICE);
    r = follow(s, ADMIN, action(card, 'Test'), { form: { testUser: ALICE } });
    expect(text(top(r))).toContain('✓ Delegation works\nGoogle accepts the key for alice@example.com: delegation works.');

    r = follow(s, ADMIN, action(top(r), 'Create spreadsheet'));
    expect(notification(r)).toBe('Spreadsheet created.');
    card = top(r);
    const id = Object.keys(s.world.sheets.spreadsheets)[0];
    expect(text(card)).toContain(id);
    expect(links(card)).toEqual([`https://docs.google.com/spreadsheets/d/${id}/edit`]);

    expect(text(card)).toContain('✗ Not installed');
    r = follow(s, ADMIN, action(card, 'Install'));
    expect(notification(r)).toBe('Hourly sync installed.');
    expect(text(top(r))).toContain('✓ Installed');
    expect(text(top(r))).toContain('The sync has not run yet.');
    expect(s.world.appsScript.triggers.filter((t) => t.handlerFunction === 'onSyncTrigger' && t.owner === ADMIN)).toHaveLength(1);
    expect(navigations(r).map((n) => Object.keys(n)[0])).toEqual(['updateCard']);

    s.runtime.advance(61 * 60 * 1000);
    const after = top(call(s, ADMIN, 'onSettings', { locale: 'it' }));
    expect(text(after)).toMatch(/Ultima esecuzione: 5 gen 2026, \d\d:\d\d\n0 account aggiornati, 0 in attesa, 0 non riusciti/);
    expect(text(after)).toContain('Edizione e licenze');
    expect(text(after)).toContain('0 in uso; nessun limite di licenze');
  });

  it('tells a colleague who manages it, and refuses a colleague\'s forged setup step', () => {
    const s = unsetDomain();
    const first = top(call(s, ALICE, 'onSettings', { locale: 'de' }));
    const r = follow(s, ALICE, action(first, 'Ich bin der Administrator: Einrichtung starten'), { locale: 'de' });
    expect(notification(r)).toBe('Nur ein Google Workspace-Administrator kann Shared Labels für die Domain einrichten.');
    follow(s, ADMIN, action(top(call(s, ADMIN, 'onSettings')), 'I am the admin: start the setup'));
    const card = top(call(s, ALICE, 'onSettings'));
    expect(text(card)).toContain('Shared Labels for your domain is set up and managed by admin@example.com.');
    expect(actions(card)).toEqual([]);
    const forged = call(s, ALICE, 'onCreateStore', {});
    expect(notification(forged)).toBe('Only admin@example.com, who set up Shared Labels, can change this setting.');
  });

  it('is reachable from the home card before setup, as a pushed card', () => {
    const s = unsetDomain();
    const home = call(s, ALICE, 'onHomepage');
    const r = follow(s, ALICE, action(home, 'Settings'));
    expect(Object.keys(navigations(r)[0])).toEqual(['pushCard']);
    expect(top(r).header).toEqual({ title: 'Settings', subtitle: 'Shared Labels' });
  });
});

describe('onHelp', () => {
  it('answers a universal action response with the help card', () => {
    const s = unsetDomain();
    const r = call(s, ALICE, 'onHelp', { locale: 'nl' });
    expect(Object.keys(navigations(r)[0])).toEqual(['pushCard']);
    expect(text(top(r))).toContain('Rollen: lezers zien en reageren');
    expect(text(top(r))).toContain('Wat elke status betekent');
  });
});
