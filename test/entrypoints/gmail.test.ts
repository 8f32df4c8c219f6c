// The Gmail contextual card through the built bundle: the open message's header addresses (read with the event's
// per-message token), which of my labels hold each, and adding the sender in two clicks. Also the GmailApp adapter's
// header parsing and the emulated GmailApp's token rules.
import { addGmailMessage } from '../../emulator/appsscript/gmail-app';
import { GmailAppMessages, parseAddressList, parseParty } from '../../src/adapters/gmail-message';
import { harnessRuntime, inExecution, type AppsScriptGlobals } from '../support/apps-script';
import { action, actions, call, domain, follow, inputs, message, navigations, notification, text, top } from './support/cards';

const ALICE = 'alice@example.com';
type WithGmail = AppsScriptGlobals & { GmailApp: ConstructorParameters<typeof GmailAppMessages>[0] };

function clients(extra: object[] = []) {
  return domain({
    steps: [
      { as: ALICE, do: 'createLabel', name: 'Clients' },
      { as: ALICE, do: 'createLabel', name: 'Suppliers' },
      { as: ALICE, do: 'addContact', label: 'Clients', key: 'ann', person: { names: [{ givenName: 'Ann', familyName: 'Lee' }], emailAddresses: [{ value: 'Ann@Lee.test' }] } },
      ...extra,
    ],
  });
}

describe('onGmailMessage', () => {
  it('shows the sender and recipients with the labels holding each, leaving me out', () => {
    const s = clients();
    const m = message(s, { from: '"Lee, Ann" <ann@lee.test>', to: [ALICE, 'Zoe Kim <zoe@kim.test>'], cc: ['bob@example.com'], subject: 'Offer 2026' });
    const card = call(s, ALICE, 'onGmailMessage', { gmail: m });
    expect(card.header).toEqual({ title: 'People in this message', subtitle: 'Offer 2026' });
    const t = text(card);
    expect(t).toContain('From · ann@lee.test\nLee, Ann\nIn Clients');
    expect(t).toContain('To · zoe@kim.test\nZoe Kim\nNot in any of your labels');
    expect(t).toContain('Cc\nbob@example.com');
    expect(t).not.toContain(ALICE);
    expect(action(card, 'Lee, Ann')).toEqual({ fn: 'onOpenLabel', params: { labelId: s.labels.get('Clients') } });
    expect(s.world.callCounts().sheets.calls).toBeGreaterThan(0);
  });

  it('adds the sender to a label in two clicks: pick the label, then save the prefilled form', () => {
    const s = clients();
    const m = message(s, { from: 'Zoe Kim <zoe@kim.test>', to: [ALICE], subject: 'Hello' });
    const card = call(s, ALICE, 'onGmailMessage', { gmail: m, locale: 'it' });
    expect(text(card)).toContain('Aggiungi Zoe Kim a un’etichetta');
    expect(inputs(card).gmailLabel).toMatchObject({ type: 'DROPDOWN', items: [{ text: 'Clients', value: s.labels.get('Clients'), selected: true }, { text: 'Suppliers', value: s.labels.get('Suppliers'), selected: false }] });
    const form = top(follow(s, ALICE, action(card, 'Aggiungi all’etichetta'), { gmail: m, locale: 'it', form: { gmailLabel: s.labels.get('Suppliers')! } }));
    expect(form.header).toEqual({ title: 'Nuovo contatto', subtitle: 'Suppliers' });
    expect(inputs(form).givenName).toMatchObject({ value: 'Zoe' });
    expect(inputs(form).familyName).toMatchObject({ value: 'Kim' });
    expect(inputs(form).emails).toMatchObject({ value: 'zoe@kim.test' });
    const saved = follow(s, ALICE, action(form, 'Salva'), { gmail: m, locale: 'it', form: { givenName: 'Zoe', familyName: 'Kim', emails: 'zoe@kim.test' } });
    expect(notification(saved)).toBe('Zoe Kim aggiunto.');
    expect(navigations(saved).map((n) => Object.keys(n)[0])).toEqual(['popToRoot', 'updateCard']);
    expect(text(top(saved))).toContain('Zoe Kim\nIn Suppliers');
  });

  it('adds a recipient through the label picker', () => {
    const s = clients();
    const m = message(s, { from: ALICE, to: ['kim@kim.test'], mailbox: [ALICE] });
    const card = call(s, ALICE, 'onGmailMessage', { gmail: m });
    const pick = top(follow(s, ALICE, action(card, 'Add…'), { gmail: m }));
    expect(pick.header).toEqual({ title: 'Add kim@kim.test to…' });
    const form = top(follow(s, ALICE, action(pick, 'Clients'), { gmail: m }));
    expect(inputs(form).emails).toMatchObject({ value: 'kim@kim.test' });
  });

  it('offers only labels I may add to: not a label shared with me as viewer', () => {
    const s = clients([
      { as: 'bob@example.com', do: 'createLabel', name: 'Bob viewers' },
      { as: 'bob@example.com', do: 'share', label: 'Bob viewers', with: ALICE, role: 'viewer' },
      { as: 'bob@example.com', do: 'createLabel', name: 'Bob editors' },
      { as: 'bob@example.com', do: 'share', label: 'Bob editors', with: ALICE, role: 'editor' },
    ]);
    const m = message(s, { from: 'x@y.test', to: [ALICE] });
    const items = (inputs(call(s, ALICE, 'onGmailMessage', { gmail: m })).gmailLabel.items as Array<{ text: string }>).map((i) => i.text);
    expect(items).toEqual(['Clients', 'Suppliers', 'Bob editors']);
  });

  it('says so when the message cannot be read, without failing', () => {
    const s = clients();
    const m = message(s, { from: 'x@y.test', to: ['bob@example.com'], mailbox: ['bob@example.com'] });
    const card = call(s, ALICE, 'onGmailMessage', { gmail: m, locale: 'de' });
    expect(text(card)).toMatch(/Die geöffnete Nachricht konnte nicht gelesen werden \(Access denied: : Invalid access token\.\)/);
    expect(actions(card)).toEqual([{ fn: 'onOpenHome', params: {}, text: 'Meine Labels' }]);
  });
});

describe('GmailAppMessages', () => {
  it('reads the headers of the open message with its access token', () => {
    const s = clients();
    const m = addGmailMessage(s.world, { from: '"Ann" <ann@lee.test>', to: ['alice@example.com', 'b@x.test'], cc: ['c@x.test'], subject: 'Hi' });
    const headers = inExecution(harnessRuntime(s.world), ALICE, (g) => new GmailAppMessages((g as WithGmail).GmailApp).headers(m.messageId, m.accessToken));
    expect(headers).toEqual({ from: { name: 'Ann', email: 'ann@lee.test' }, to: [{ name: '', email: 'alice@example.com' }, { name: '', email: 'b@x.test' }], cc: [{ name: '', email: 'c@x.test' }], subject: 'Hi' });
  });

  it('refuses without the token, with another message\'s token, and for someone else\'s mailbox', () => {
    const s = clients();
    const a = addGmailMessage(s.world, { from: 'x@y.test', to: [ALICE] });
    const b = addGmailMessage(s.world, { from: 'x@y.test', to: [ALICE] });
    const rt = harnessRuntime(s.world);
    const tryRead = (user: string, id: string, token: string | null) =>
      inExecution(rt, user, (g) => {
        const app = (g as WithGmail).GmailApp;
        try {
          if (token !== null) app.setCurrentMessageAccessToken(token);
          app.getMessageById(id);
          return 'read';
        } catch (e) {
          return (e as Error).message;
        }
      });
    expect(tryRead(ALICE, a.messageId, null)).toBe('Access denied: : Missing access token for per message scope authorization.');
    expect(tryRead(ALICE, a.messageId, b.accessToken)).toBe('Access denied: : Invalid access token.');
    expect(tryRead('bob@example.com', a.messageId, a.accessToken)).toBe('Access denied: : Invalid access token.');
    expect(tryRead(ALICE, a.messageId, a.accessToken)).toBe('read');
    expect(() => inExecution(rt, ALICE, (g) => new GmailAppMessages((g as WithGmail).GmailApp).headers(a.messageId, 'stale'))).toThrow(expect.objectContaining({ key: 'error.gmail.unreadable', code: 'UNAVAILABLE' }));
  });

  it('cannot read the body with only the metadata scope', () => {
    const s = clients();
    const a = addGmailMessage(s.world, { from: 'x@y.test', to: [ALICE] });
    const body = inExecution(harnessRuntime(s.world), ALICE, (g) => {
      const app = (g as WithGmail).GmailApp as unknown as { setCurrentMessageAccessToken(t: string): void; getMessageById(id: string): { getPlainBody(): string } };
      app.setCurrentMessageAccessToken(a.accessToken);
      try {
        return app.getMessageById(a.messageId).getPlainBody();
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(body).toMatch(/^Access denied/);
  });
});

describe('header parsing', () => {
  it('reads names, quoted names with commas, bare and mailto addresses, and drops what is not an address', () => {
    expect(parseAddressList('"Lee, Ann" <Ann@Lee.test>, bob@x.test; Zoe Kim <zoe@kim.test>, undisclosed-recipients:;')).toEqual([
      { name: 'Lee, Ann', email: 'ann@lee.test' },
      { name: '', email: 'bob@x.test' },
      { name: 'Zoe Kim', email: 'zoe@kim.test' },
    ]);
    expect(parseParty('<mailto:a@b.test>')).toEqual({ name: '', email: 'a@b.test' });
    expect(parseParty('a@b.test <a@b.test>')).toEqual({ name: '', email: 'a@b.test' });
    expect(parseAddressList('')).toEqual([]);
    expect(parseAddressList(null)).toEqual([]);
  });
});
