// The screens as plain data: what each shows, which actions it offers with which parameters, in the user's language,
// within Google's card limits.
import { formatter } from '../../src/ui/format';
import { translator } from '../../src/ui/i18n';
import { limitProblems } from '../../src/ui/limits';
import type { LabelOverview } from '../../src/ui/overview';
import { healthLine, homeNotReadyScreen, homeScreen } from '../../src/ui/screens/home';
import { confirmDeleteScreen, labelScreen, manageLabelScreen } from '../../src/ui/screens/label';
import { contactScreen } from '../../src/ui/screens/contact';
import { gmailScreen, pickLabelScreen } from '../../src/ui/screens/gmail';
import { helpScreen } from '../../src/ui/screens/misc';
import { feedSection, settingsScreen, type SettingsData } from '../../src/ui/screens/settings';
import { grantScreen, membersScreen, sharingScreen } from '../../src/ui/screens/sharing';
import { collaborator, contact, detail, grant, label, row, viewActions, viewText } from './support/fixtures';

const t = translator('en');
const fmt = formatter('en', 3600000, 'en');
const ov = (over: Partial<LabelOverview> = {}): LabelOverview => ({
  contactCount: 3, collaborators: 2, attention: 0, invited: 0, sharing: 0, feed: false, own: null, lastSyncAt: null, ...over,
});

describe('homeScreen', () => {
  const owned = [{ id: 'lbl_1', name: 'Clients', contactCount: 12, grantCount: 2, feed: null }];
  const shared = [
    { id: 'lbl_2', name: 'Suppliers', owner: 'bob@example.com', role: 'editor' as const, status: 'ACTIVE' as const, pendingInvitation: false },
    { id: 'lbl_3', name: 'Partners', owner: 'carol@example.com', role: 'viewer' as const, status: null, pendingInvitation: true },
  ];
  const card = homeScreen(
    { actor: 'alice@example.com', owned, shared, overview: { lbl_1: ov({ contactCount: 12, attention: 2 }), lbl_2: ov({ contactCount: 40, own: { status: 'ACTIVE', lastSyncAt: null } }) }, page: { owned: 0, shared: 0 } },
    t,
  );

  it('shows each label with its contacts, my role and one health line, and opens it', () => {
    const text = viewText(card);
    expect(text).toContain('12 contacts · owner · 2 collaborators need attention');
    expect(text).toContain('40 contacts · editor · Your copies: Up to date');
    expect(text).toContain('From bob@example.com');
    expect(viewActions(card)).toContainEqual({ text: 'Clients', fn: 'onOpenLabel', params: { labelId: 'lbl_1' } });
    expect(viewActions(card)).toContainEqual({ text: 'Suppliers', fn: 'onOpenLabel', params: { labelId: 'lbl_2' } });
  });

  it('offers Accept for a pending invitation, and creating and searching', () => {
    expect(viewText(card)).toContain('Shared with you by carol@example.com');
    expect(viewActions(card)).toContainEqual({ text: 'Accept', fn: 'onAcceptInvitation', params: { labelId: 'lbl_3' } });
    expect(viewActions(card).map((a) => a.fn)).toEqual(expect.arrayContaining(['onCreateLabel', 'onSearchContacts']));
  });

  it('pages a long list of labels inside the card limits', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ id: `lbl_${i}`, name: `L${i}`, contactCount: i, grantCount: 0, feed: null }));
    const first = homeScreen({ actor: 'a@example.com', owned: many, shared: [], overview: {}, page: { owned: 0, shared: 0 } }, t);
    expect(limitProblems(first)).toEqual([]);
    expect(viewText(first)).toContain('Showing 1–30 of 250');
    expect(viewActions(first)).toContainEqual({ text: 'Next', fn: 'onOpenHome', params: { owned: '1', shared: '0' } });
    const last = homeScreen({ actor: 'a@example.com', owned: many, shared: [], overview: {}, page: { owned: 99, shared: 0 } }, t);
    expect(viewText(last)).toContain('Showing 241–250 of 250');
  });

  it('before setup: the Google Contacts labels and who must finish the setup', () => {
    const card = homeNotReadyScreen({ actor: 'a@example.com', groups: [{ resourceName: 'contactGroups/2', name: 'Zeta', memberCount: 1 }, { resourceName: 'contactGroups/1', name: 'Alpha', memberCount: 5 }], adminEmail: 'admin@example.com' }, translator('it'));
    expect(card.sections[0].widgets.map((w) => (w.kind === 'decorated' ? w.text : ''))).toEqual(['Alpha', 'Zeta']);
    expect(viewText(card)).toContain('admin@example.com deve completare la lista di controllo');
    expect(viewActions(card)).toContainEqual({ text: 'Impostazioni', fn: 'onOpenSettings', params: {} });
  });
});

describe('healthLine', () => {
  it('tells a manager what needs attention, and anyone else about their own copies', () => {
    expect(healthLine(ov({ collaborators: 0 }), 'owner', false, t)).toBe('Not shared yet');
    expect(healthLine(ov({ attention: 1 }), 'manager', false, t)).toBe('1 collaborator needs attention');
    expect(healthLine(ov({ invited: 3 }), 'owner', false, t)).toBe('3 invitations not accepted yet');
    expect(healthLine(ov({ sharing: 1 }), 'owner', false, t)).toBe('Copies are being written');
    expect(healthLine(ov(), 'owner', false, t)).toBe('Everyone is up to date');
    expect(healthLine(ov({ attention: 4, own: { status: 'OVER_QUOTA', lastSyncAt: null } }), 'viewer', false, t)).toBe('Your copies: Contacts full');
    expect(healthLine(ov(), 'viewer', true, t)).toBe('Invitation waiting for you');
  });
});

describe('labelScreen', () => {
  const contacts = Array.from({ length: 20 }, (_, i) => contact(i + 21));
  const d = detail({ contacts, total: 57, grants: [row(grant('grt_1', { kind: 'user', email: 'bob@example.com' }), 'ACTIVE')], collaborators: [collaborator('alice@example.com', 'ACTIVE', '', '2026-01-05T16:30:00.000Z'), collaborator('bob@example.com', 'SUSPENDED')] });

  it('shows a page of 20 contacts with Previous/Next keeping the search', () => {
    const card = labelScreen({ detail: d, actor: 'alice@example.com', search: 'acme', page: 1 }, t, fmt);
    expect(viewText(card)).toContain('Showing 21–40 of 57');
    expect(viewText(card)).toContain('57 matching "acme"');
    expect(viewActions(card)).toContainEqual({ text: 'Previous', fn: 'onOpenLabel', params: { labelId: 'lbl_1', nav: 'update', q: 'acme', page: '0' } });
    expect(viewActions(card)).toContainEqual({ text: 'Next', fn: 'onOpenLabel', params: { labelId: 'lbl_1', nav: 'update', q: 'acme', page: '2' } });
    expect(viewActions(card)).toContainEqual({ text: 'Person 021', fn: 'onOpenContact', params: { contactId: 'ct_21', labelId: 'lbl_1', from: 'label' } });
    expect(limitProblems(card)).toEqual([]);
  });

  it('shows the last sync in the user\'s zone, the health, and the owner\'s actions', () => {
    const card = labelScreen({ detail: d, actor: 'alice@example.com', search: '', page: 0 }, t, fmt);
    const text = viewText(card);
    expect(text).toContain('Jan 5, 2026, 5:30 PM');
    expect(text).toContain('1 collaborator needs attention');
    const fns = viewActions(card).map((a) => a.fn);
    expect(fns).toEqual(expect.arrayContaining(['onSyncNow', 'onOpenSharing', 'onNewContactForm', 'onFindExisting', 'onManageLabel']));
  });

  it('offers a viewer neither adding nor managing', () => {
    const card = labelScreen({ detail: { ...d, role: 'viewer' }, actor: 'bob@example.com', search: '', page: 0 }, t, fmt);
    const fns = viewActions(card).map((a) => a.fn);
    expect(fns).not.toContain('onNewContactForm');
    expect(fns).not.toContain('onManageLabel');
    expect(fns).toContain('onSyncNow');
    expect(viewText(card)).toContain('Your role: viewer · owned by alice@example.com');
  });

  it('says a feed fills the label instead of offering to add', () => {
    const card = labelScreen({ detail: { ...d, label: label({ feed: { kind: 'directory' } }) }, actor: 'alice@example.com', search: '', page: 0 }, t, fmt);
    expect(viewText(card)).toContain('A feed fills this label');
    expect(viewActions(card).map((a) => a.fn)).not.toContain('onNewContactForm');
  });

  it('asks before deleting, and lets the owner rename and transfer', () => {
    const confirm = confirmDeleteScreen(label(), 57, translator('de'));
    expect(viewText(confirm)).toContain('„Clients“ löschen?');
    expect(viewText(confirm)).toContain('seine 57 Kontakte');
    expect(viewActions(confirm)).toContainEqual({ text: 'Löschen', fn: 'onDeleteLabel', params: { labelId: 'lbl_1', confirm: 'yes' } });
    const manage = manageLabelScreen(label(), t);
    expect(viewActions(manage).map((a) => a.fn)).toEqual(['onRenameLabel', 'onTransferLabel', 'onOpenFeed', 'onDeleteLabel']);
  });
});

describe('sharingScreen', () => {
  const grants = [
    row(grant('grt_1', { kind: 'user', email: 'bob@example.com' }, 'editor'), 'ACTIVE'),
    row(grant('grt_2', { kind: 'group', email: 'sales@example.com' }), 'PARTIALLY_SHARED', 3),
    row(grant('grt_3', { kind: 'domain' }), 'SHARING', 40),
    row(grant('grt_4', { kind: 'external', email: 'eve@partner.org' }), 'INVITED'),
  ];
  const viewer = { actor: 'alice@example.com', domain: 'example.com', actorIsAdmin: false, adminEmail: 'admin@example.com' };

  it('lists the owner and every grant with its role and status, each opening its status', () => {
    const card = sharingScreen(detail({ grants }), viewer, 0, t);
    const text = viewText(card);
    for (const line of ['alice@example.com', 'Group sales@example.com', 'Partly shared · 3 members', 'Everyone at example.com', 'eve@partner.org (outside your domain)', 'Invited']) expect(text).toContain(line);
    expect(viewActions(card)).toContainEqual({ text: 'Group sales@example.com', fn: 'onOpenGrant', params: { labelId: 'lbl_1', grantId: 'grt_2' } });
  });

  it('offers a manager every grantable role, the phone switch on, and a viewer no form', () => {
    const card = sharingScreen(detail({ grants, role: 'manager' }), viewer, 0, t);
    const widgets = card.sections.flatMap((s) => s.widgets);
    const select = widgets.find((w) => w.kind === 'select');
    expect(select?.kind === 'select' && select.items.map((i) => i.value)).toEqual(['viewer', 'editor', 'deleter', 'manager']);
    expect(widgets).toContainEqual({ kind: 'switch', name: 'syncToMobile', label: 'Sync to my phone and Outlook', selected: true, value: 'true' });
    const forViewer = sharingScreen(detail({ grants, role: 'viewer' }), viewer, 0, t);
    expect(forViewer.sections.flatMap((s) => s.widgets).some((w) => w.kind === 'select')).toBe(false);
    expect(viewText(forViewer)).toContain('Only the owner or a manager');
  });

  it('pages a label shared with many grantees', () => {
    const many = Array.from({ length: 130 }, (_, i) => row(grant(`grt_${i}`, { kind: 'user', email: `u${i}@example.com` }), 'ACTIVE'));
    const card = sharingScreen(detail({ grants: many }), viewer, 2, t);
    expect(limitProblems(card)).toEqual([]);
    expect(viewText(card)).toContain('Showing 101–130 of 130');
  });
});

describe('grant and members screens', () => {
  const viewer = { actor: 'alice@example.com', domain: 'example.com', actorIsAdmin: false, adminEmail: 'admin@example.com' };

  it('lets a manager change the role (dropdown on the current one) and remove the grant', () => {
    const card = grantScreen({ label: label(), role: 'manager', row: row(grant('grt_1', { kind: 'user', email: 'bob@example.com' }, 'editor'), 'ACTIVE') }, viewer, t, fmt);
    const select = card.sections.flatMap((s) => s.widgets).find((w) => w.kind === 'select');
    expect(select?.kind === 'select' && select.items.find((i) => i.selected)?.value).toBe('editor');
    expect(viewActions(card).map((a) => a.fn)).toEqual(['onChangeRole', 'onUnshare']);
    expect(viewText(card)).toContain('Nothing to do: everything works.');
  });

  it('lets someone leave a label given to them, and nothing more', () => {
    const card = grantScreen({ label: label(), role: 'viewer', row: row(grant('grt_1', { kind: 'user', email: 'bob@example.com' }), 'ACTIVE') }, { ...viewer, actor: 'bob@example.com' }, t, fmt);
    expect(viewActions(card)).toEqual([{ text: 'Leave this label', fn: 'onUnshare', params: { labelId: 'lbl_1', grantId: 'grt_1' } }]);
  });

  it('lists a group\'s members with their statuses, paged, each opening its own status', () => {
    const members = Array.from({ length: 120 }, (_, i) => collaborator(`m${String(i).padStart(3, '0')}@example.com`, i === 0 ? 'SUSPENDED' : 'ACTIVE', 'grt_2'));
    const card = membersScreen({ label: label(), row: row(grant('grt_2', { kind: 'group', email: 'sales@example.com' }), 'PARTIALLY_SHARED', 120), members, page: 0 }, viewer, t);
    expect(limitProblems(card)).toEqual([]);
    expect(viewText(card)).toContain('Suspended');
    expect(viewActions(card)[0]).toEqual({ text: 'm000@example.com', fn: 'onOpenMember', params: { labelId: 'lbl_1', grantId: 'grt_2', email: 'm000@example.com' } });
    expect(viewText(card)).toContain('Showing 1–50 of 120');
  });
});

describe('contactScreen', () => {
  const base = contact(1, { displayName: 'Ann Lee', person: { names: { givenName: 'Ann', familyName: 'Lee' }, emailAddresses: [{ value: 'ann@lee.test', type: 'work' }], phoneNumbers: [{ value: '+39 02 1234 5678' }], organizations: [{ name: 'ACME', title: 'CEO' }], addresses: [{ city: 'Milano', postalCode: '20100', streetAddress: 'Via Roma 1' }], urls: [], userDefined: [{ key: 'VAT', value: 'IT123' }], biographies: 'Met at the fair', birthdays: { month: 3, day: 7 } } });
  const comments = Array.from({ length: 35 }, (_, i) => ({ id: `cm_${i}`, contactId: 'ct_1', labelId: 'lbl_1', at: '2026-01-05T09:00:00.000Z', by: 'bob@example.com', text: `note ${i}` }));

  it('shows the fields, the labels with my role, and the latest comments with who and when', () => {
    const card = contactScreen({ contact: base, role: 'editor', labels: [{ id: 'lbl_1', name: 'Clients', role: 'editor' }], comments }, { labelId: 'lbl_1', from: 'label' }, translator('it'), formatter('it', 3600000));
    const text = viewText(card);
    for (const s of ['ann@lee.test', 'Email (lavoro)', '+39 02 1234 5678', 'Via Roma 1, 20100 Milano', 'VAT', 'IT123', 'Met at the fair', '7 mar', 'Clients', 'editor', 'bob@example.com · 5 gen 2026, 10:00', 'note 34', '5 commenti precedenti non sono mostrati.']) expect(text).toContain(s);
    expect(text).not.toContain('note 4\n');
    expect(limitProblems(card)).toEqual([]);
  });

  it('offers editing to an editor, removing only to a deleter, commenting to everyone', () => {
    const asEditor = contactScreen({ contact: base, role: 'editor', labels: [{ id: 'lbl_1', name: 'Clients', role: 'editor' }], comments: [] }, { labelId: 'lbl_1', from: 'label' }, t, fmt);
    expect(viewActions(asEditor).map((a) => a.fn)).toEqual(['onOpenLabel', 'onAddComment', 'onEditContactForm']);
    const asDeleter = contactScreen({ contact: base, role: 'deleter', labels: [{ id: 'lbl_1', name: 'Clients', role: 'deleter' }], comments: [] }, { labelId: 'lbl_1', from: 'label' }, t, fmt);
    expect(viewActions(asDeleter)).toContainEqual({ text: 'Remove from "Clients"', fn: 'onRemoveContact', params: { contactId: 'ct_1', labelId: 'lbl_1', from: 'label' } });
    const asViewer = contactScreen({ contact: base, role: 'viewer', labels: [{ id: 'lbl_1', name: 'Clients', role: 'viewer' }], comments: [] }, { labelId: 'lbl_1', from: 'label' }, t, fmt);
    expect(viewActions(asViewer).map((a) => a.fn)).toEqual(['onOpenLabel', 'onAddComment']);
  });
});

describe('gmailScreen', () => {
  const data = {
    subject: 'Offer',
    parties: [
      { email: 'ann@lee.test', name: 'Ann Lee', role: 'from' as const, labels: [] },
      { email: 'bob@client.test', name: '', role: 'to' as const, labels: [{ id: 'lbl_1', name: 'Clients' }] },
    ],
    addable: [{ id: 'lbl_1', name: 'Clients' }, { id: 'lbl_2', name: 'Suppliers' }],
  };

  it('shows which of my labels hold each address', () => {
    const card = gmailScreen(data, t);
    expect(viewText(card)).toContain('In Clients');
    expect(viewText(card)).toContain('Not in any of your labels');
    expect(viewActions(card)).toContainEqual({ text: 'bob@client.test', fn: 'onOpenLabel', params: { labelId: 'lbl_1' } });
  });

  it('adds the sender in two clicks: a label dropdown and one button opening the prefilled form', () => {
    const card = gmailScreen(data, t);
    const select = card.sections[0].widgets[0];
    expect(select).toEqual({ kind: 'select', name: 'gmailLabel', label: 'Label', type: 'DROPDOWN', items: [{ text: 'Clients', value: 'lbl_1', selected: true }, { text: 'Suppliers', value: 'lbl_2', selected: false }] });
    expect(viewActions(card)).toContainEqual({ text: 'Add to label', fn: 'onGmailAddForm', params: { email: 'ann@lee.test', name: 'Ann Lee' } });
    const pick = pickLabelScreen({ email: 'bob@client.test', name: '' }, data.addable, t);
    expect(viewActions(pick)[1]).toEqual({ text: 'Suppliers', fn: 'onNewContactForm', params: { labelId: 'lbl_2', email: 'bob@client.test', name: '' } });
  });

  it('caps a long recipient list inside the limits', () => {
    const parties = Array.from({ length: 300 }, (_, i) => ({ email: `p${i}@x.test`, name: '', role: 'cc' as const, labels: [] }));
    const card = gmailScreen({ subject: '', parties, addable: [] }, t);
    expect(limitProblems(card)).toEqual([]);
    expect(viewText(card)).toContain('260 more addresses are not shown.');
  });
});

describe('settingsScreen', () => {
  const status = {
    adminEmail: 'admin@example.com',
    actorIsAdmin: true,
    key: { clientEmail: 'sl@proj.iam.gserviceaccount.com', clientId: '1234567890123', privateKeyId: 'abcdef0123456789' },
    scopes: ['https://www.googleapis.com/auth/contacts', 'https://www.googleapis.com/auth/spreadsheets'],
    spreadsheetId: '1AbCdEfGhIjKlMnOp',
    triggerInstalled: true,
    lastRun: { at: '2026-01-05T09:00:00.000Z', summary: '3 accounts up to date, 1 pending, 0 failed' },
  };
  const data: SettingsData = {
    actor: 'admin@example.com', domain: 'example.com', status, edition: 'BUSINESS',
    seats: { value: { total: 10, used: 9, free: 1, waiting: ['zed@example.com'], inactive: [{ email: 'gone@example.com', state: 'deleted', labelIds: ['lbl_1'] }] } },
    test: { user: 'bob@example.com', ok: false, message: 'Google refused to act as bob@example.com' },
  };

  it('guides the admin through the checklist with the client id, the scopes, and no secret', () => {
    const card = settingsScreen(data, t, fmt);
    const text = viewText(card);
    for (const s of ['1. Administrator', '2. Service account and domain-wide delegation', '3. Test delegation', '4. Backing spreadsheet', '5. Hourly sync', '1234567890123', 'sl@proj.iam.gserviceaccount.com', 'https://www.googleapis.com/auth/contacts,https://www.googleapis.com/auth/spreadsheets', '✗ Delegation does not work yet', 'Google refused to act as bob@example.com', '3 accounts up to date, 1 waiting, 0 failed', 'Jan 5, 2026, 10:00 AM', 'Jan 5, 2026, 11:00 AM', '9 used of 10 seats', '1 free', '1 account is waiting for a seat', 'gone@example.com', 'deleted: still holds a seat']) expect(text).toContain(s);
    expect(text).not.toContain('abcdef0123456789');
    const open = card.sections.flatMap((s) => s.widgets).flatMap((w) => (w.kind === 'buttons' ? w.buttons : [])).find((b) => b.openLink);
    expect(open?.openLink).toBe('https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOp/edit');
    expect(viewActions(card).map((a) => a.fn)).toEqual(['onSaveKey', 'onTestDelegation', 'onInstallTrigger', 'onReleaseSeats']);
    expect(card.sections.some((s) => /feed/i.test(s.header ?? ''))).toBe(false);
    expect(feedSection({ domain: 'example.com', actorIsAdmin: true }, t)).toEqual([]);
  });

  it('tells anyone else who the admin is, and offers the first step when nobody is', () => {
    const other = settingsScreen({ ...data, actor: 'bob@example.com', status: { ...status, actorIsAdmin: false, triggerInstalled: null } }, translator('nl'), fmt);
    expect(viewText(other)).toContain('beheerd door admin@example.com');
    expect(viewText(other)).not.toContain('1234567890123');
    expect(viewActions(other)).toEqual([]);
    const none = settingsScreen({ ...data, status: { ...status, adminEmail: null, actorIsAdmin: false, key: null } }, t, fmt);
    expect(viewActions(none)).toEqual([{ text: 'I am the admin: start the setup', fn: 'onClaimAdmin', params: {} }]);
  });

  it('offers to create the spreadsheet only once the key is stored', () => {
    const noKey = settingsScreen({ ...data, status: { ...status, key: null, spreadsheetId: null }, seats: null }, t, fmt);
    expect(viewActions(noKey).map((a) => a.fn)).not.toContain('onCreateStore');
    expect(viewText(noKey)).toContain('Save the service-account key first');
    const withKey = settingsScreen({ ...data, status: { ...status, spreadsheetId: null }, seats: null }, t, fmt);
    expect(viewActions(withKey).map((a) => a.fn)).toEqual(expect.arrayContaining(['onCreateStore', 'onLinkStore']));
  });
});

describe('helpScreen', () => {
  it('explains every status in the user\'s language', () => {
    const card = helpScreen(translator('de'));
    expect(viewText(card)).toContain('Keine freie Lizenz');
    expect(viewText(card)).toContain('Von Google deaktiviert');
    expect(limitProblems(card)).toEqual([]);
  });
});
