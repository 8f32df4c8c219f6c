// Test-data builders for the screens: a label detail, grants, collaborators and contacts as the queries answer them.
import type { LabelDetailOutput, GrantRow } from '../../../src/app/queries/label-detail';
import type { ContactView } from '../../../src/app/queries/contact-view';
import type { Collaborator, Grant, Label } from '../../../src/core/model';
import type { Role } from '../../../src/core/role';
import type { Status } from '../../../src/core/status';
import type { CardView, WidgetView } from '../../../src/ui/card-model';

export const label = (over: Partial<Label> = {}): Label => ({
  id: 'lbl_1',
  name: 'Clients',
  owner: 'alice@example.com',
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
  deleted: false,
  feed: null,
  ...over,
});

export function contact(i: number, over: Partial<ContactView> = {}): ContactView {
  return {
    id: `ct_${i}`,
    displayName: `Person ${String(i).padStart(3, '0')}`,
    person: { emailAddresses: [{ value: `p${i}@client.test` }], phoneNumbers: [], organizations: [], addresses: [], urls: [], userDefined: [] },
    revision: 1,
    labelIds: ['lbl_1'],
    createdAt: '2026-01-05T09:00:00.000Z',
    createdBy: 'alice@example.com',
    updatedAt: '2026-01-05T09:00:00.000Z',
    updatedBy: 'alice@example.com',
    fromFeed: false,
    ...over,
  };
}

export function grant(id: string, grantee: Grant['grantee'], role: Grant['role'] = 'viewer'): Grant {
  return { id, labelId: 'lbl_1', grantee, role, grantedBy: 'alice@example.com', grantedAt: '2026-01-05T09:00:00.000Z', syncToMobile: true, acceptedAt: null, invitedAt: null };
}

export const row = (g: Grant, status: Status, members = 1): GrantRow => ({ grant: g, status, members });

export function collaborator(email: string, status: Status, grantId = 'grt_1', lastSyncAt: string | null = null): Collaborator {
  return { labelId: 'lbl_1', email, grantId, status, detail: '', seated: true, lastSyncAt };
}

export function detail(over: Partial<LabelDetailOutput> = {}): LabelDetailOutput {
  return { label: label(), role: 'owner' as Role, contacts: [], total: 0, nextPageToken: null, grants: [], collaborators: [], ...over };
}

/** Every string of a card view, for content checks. */
export function viewTexts(card: CardView): string[] {
  const out = [card.header.title, card.header.subtitle ?? ''];
  for (const s of card.sections) {
    if (s.header) out.push(s.header);
    for (const w of s.widgets) out.push(...widgetTexts(w));
  }
  return out.filter((x) => x !== '');
}

function widgetTexts(w: WidgetView): string[] {
  switch (w.kind) {
    case 'text':
      return [w.text];
    case 'decorated':
      return [w.top ?? '', w.text, w.bottom ?? '', w.button?.text ?? ''];
    case 'buttons':
      return w.buttons.map((b) => b.text);
    case 'input':
      return [w.label, w.value ?? ''];
    case 'select':
      return [w.label, ...w.items.map((i) => i.text)];
    case 'switch':
      return [w.label];
    default:
      return [];
  }
}

export const viewText = (card: CardView) => viewTexts(card).join('\n');

/** Every action of a card view with the text of its button or row. */
export function viewActions(card: CardView): Array<{ text: string; fn: string; params: Record<string, string> }> {
  const out: Array<{ text: string; fn: string; params: Record<string, string> }> = [];
  for (const s of card.sections) {
    for (const w of s.widgets) {
      if (w.kind === 'decorated') {
        if (w.onClick) out.push({ text: w.text, fn: w.onClick.fn, params: w.onClick.params ?? {} });
        if (w.button?.action) out.push({ text: w.button.text, fn: w.button.action.fn, params: w.button.action.params ?? {} });
      }
      if (w.kind === 'buttons') for (const b of w.buttons) if (b.action) out.push({ text: b.text, fn: b.action.fn, params: b.action.params ?? {} });
    }
  }
  return out;
}
