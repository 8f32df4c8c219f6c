// The home card through the built bundle: my labels and those shared with me, invitations, creating a label,
// searching across labels, paging; and before the admin has set the product up.
import { addUser } from '../../emulator/directory/admin';
import { createWorld } from '../../emulator';
import { AppsScriptRuntime } from '../../emulator/appsscript/runtime';
import { harnessRuntime, inExecution, MANIFEST } from '../support/apps-script';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { action, actions, call, domain, follow, notification, sections, shown, text, top } from './support/cards';

const ALICE = 'alice@example.com';
const ann = { names: [{ givenName: 'Ann', familyName: 'Lee' }], emailAddresses: [{ value: 'ann@lee.test' }], organizations: [{ name: 'ACME' }] };

describe('onHomepage', () => {
  it('lists my labels and those shared with me, with contacts, role and health, in the user\'s language', () => {
    const s = domain({
      groups: [{ email: 'sales@example.com', members: ['bob@example.com', 'carol@example.com'] }],
      steps: [
        { as: ALICE, do: 'createLabel', name: 'Clients' },
        { as: ALICE, do: 'addContact', label: 'Clients', key: 'ann', person: ann },
        { as: ALICE, do: 'share', label: 'Clients', with: 'sales@example.com', role: 'editor' },
        { as: 'bob@example.com', do: 'createLabel', name: 'Suppliers' },
        { as: 'bob@example.com', do: 'share', label: 'Suppliers', with: ALICE, role: 'viewer' },
        { do: 'directory.suspend', user: 'carol@example.com' },
        { do: 'syncUntilIdle' },
      ],
    });
    const home = call(s, ALICE, 'onHomepage', { locale: 'it-IT' });
    const t = text(home);
    expect(t).toContain('Accesso come alice@example.com');
    expect(t).toContain('Le mie etichette');
    expect(t).toContain('1 contatto · proprietario · 1 collaboratore richiede attenzione');
    expect(t).toContain('Condivise con me');
    expect(t).toContain('Da bob@example.com');
    expect(t).toContain('0 contatti · lettore · Le tue copie: Aggiornato');
    expect(action(home, 'Clients')).toEqual({ fn: 'onOpenLabel', params: { labelId: s.labels.get('Clients') } });
    expect(action(home, 'Suppliers')).toEqual({ fn: 'onOpenLabel', params: { labelId: s.labels.get('Suppliers') } });
  });

  it('lets an outside collaborator accept an invitation from the home card', () => {
    const s = domain({
      externalUsers: [{ email: 'eve@partner.org' }],
      steps: [{ as: ALICE, do: 'createLabel', name: 'Clients' }, { as: ALICE, do: 'share', label: 'Clients', with: 'eve@partner.org', role: 'viewer' }],
    });
    const home = call(s, 'eve@partner.org', 'onHomepage', { locale: 'de' });
    expect(text(home)).toContain('Mit Ihnen geteilt von alice@example.com');
    const accept = action(home, 'Annehmen');
    expect(accept).toEqual({ fn: 'onAcceptInvitation', params: { labelId: s.labels.get('Clients') } });
    const r = follow(s, 'eve@partner.org', accept, { locale: 'de' });
    expect(notification(r)).toMatch(/^Einladung angenommen/);
    expect(r.stateChanged).toBe(true);
    expect(text(top(r))).not.toContain('Annehmen');
    expect(s.world.appsScript.triggers.some((tr) => tr.owner === 'eve@partner.org' && tr.handlerFunction === 'onSyncTrigger')).toBe(true);
  });

  it('creates a label from the form: the home card is updated and the new label opened', () => {
    const s = domain();
    const home = call(s, ALICE, 'onHomepage');
    const r = follow(s, ALICE, action(home, 'Create'), { form: { labelName: 'Partners' } });
    expect(notification(r)).toBe('Label "Partners" created.');
    const [updated, opened] = shown(r);
    expect(text(updated)).toContain('Partners');
    expect(opened.header).toEqual({ title: 'Partners', subtitle: 'Your role: owner' });
    const again = follow(s, ALICE, action(home, 'Create'), { form: { labelName: 'partners ' }, locale: 'nl' });
    expect(notification(again)).toBe('Je hebt al een label met de naam "partners"; kies een andere naam.');
    expect(shown(again)).toEqual([]);
  });

  it('searches contacts across every label I can see', () => {
    const s = domain({
      steps: [
        { as: 'bob@example.com', do: 'createLabel', name: 'Suppliers' },
        { as: 'bob@example.com', do: 'addContact', label: 'Suppliers', key: 'ann', person: ann },
        { as: 'bob@example.com', do: 'share', label: 'Suppliers', with: ALICE, role: 'viewer' },
        { as: 'carol@example.com', do: 'createLabel', name: 'Secret' },
        { as: 'carol@example.com', do: 'addContact', label: 'Secret', key: 'acme2', person: { names: [{ givenName: 'Zed' }], organizations: [{ name: 'ACME' }] } },
      ],
    });
    const home = call(s, ALICE, 'onHomepage');
    const r = follow(s, ALICE, action(home, 'Search'), { form: { q: 'acme' } });
    const card = top(r);
    expect(card.header).toEqual({ title: 'Contacts matching "acme"' });
    expect(text(card)).toContain('Ann Lee');
    expect(text(card)).not.toContain('Zed');
    expect(action(card, 'Ann Lee')).toEqual({ fn: 'onOpenContact', params: { contactId: s.masters.get('ann'), labelId: s.labels.get('Suppliers'), from: 'search' } });
    expect(notification(follow(s, ALICE, action(home, 'Search'), { form: { q: '  ' } }))).toMatch(/^Type a name/);
  });

  it('pages many labels with Next, updating the home card in place', () => {
    const steps = Array.from({ length: 33 }, (_, i) => ({ as: ALICE, do: 'createLabel', name: `Label ${String(i).padStart(2, '0')}` }));
    const s = domain({ steps });
    const home = call(s, ALICE, 'onHomepage');
    expect(text(home)).toContain('Showing 1–30 of 33');
    const r = follow(s, ALICE, action(home, 'Next'));
    expect(Object.keys(r.renderActions as object)).toEqual(['action']);
    expect(text(top(r))).toContain('Label 32');
    expect(text(top(r))).not.toContain('Label 00');
  });
});

describe('onHomepage before setup', () => {
  const code = readFileSync(join(__dirname, '../../build/Code.js'), 'utf8');

  it('shows my Google Contacts labels and who must finish the setup, with a way to Settings', () => {
    const world = createWorld({ seed: 3 });
    addUser(world, { email: 'admin@example.com', isAdmin: true });
    addUser(world, { email: ALICE });
    inExecution(harnessRuntime(world), ALICE, (g) => g.People.ContactGroups!.create({ contactGroup: { name: 'Family' } }));
    const runtime = new AppsScriptRuntime(world, code, MANIFEST);
    const r = runtime.run(ALICE, 'onHomepage', [{ commonEventObject: { userLocale: 'en', timeZone: { id: 'UTC', offset: 0 }, hostApp: 'GMAIL', platform: 'WEB' } }], { kind: 'card' });
    expect(r.ok).toBe(true);
    const card = r.value as Record<string, unknown>;
    expect(sections(card)[0].header).toBe('Labels in your Google Contacts');
    expect(text(card)).toContain('Family');
    expect(text(card)).toContain('a Google Workspace admin must open Settings');
    expect(actions(card)).toEqual([{ fn: 'onOpenSettings', params: {}, text: 'Settings' }]);
  });

  it('answers a card saying what went wrong, never a stack trace, when Google fails', () => {
    const world = createWorld({ seed: 3 });
    addUser(world, { email: ALICE });
    world.setFaults({ people: { error500: 1 } });
    const runtime = new AppsScriptRuntime(world, code, MANIFEST);
    const r = runtime.run(ALICE, 'onHomepage', [{ commonEventObject: { userLocale: 'it' } }], { kind: 'card' });
    expect(r.ok).toBe(true);
    const all = text(r.value as Record<string, unknown>);
    expect(all).toContain('Si è verificato un problema');
    expect(all).not.toMatch(/at |Code\.js|Error:/);
  });
});
