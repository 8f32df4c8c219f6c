// Each status of DESIGN.md section 6: its explanation and its fixes from core's FIXES, as buttons where the viewer can
// act, and as "ask your admin to …" where only an admin can.
import { FIXES, STATUSES, type Status } from '../../src/core/status';
import type { CardView } from '../../src/ui/card-model';
import { translator } from '../../src/ui/i18n';
import { statusSections, type FixContext } from '../../src/ui/status-view';
import { viewActions, viewText } from './support/fixtures';

const t = translator('en');
const manager: FixContext = { labelId: 'lbl_1', grantId: 'grt_1', grantKind: 'user', email: 'bob@example.com', via: null, canManage: true, actorIsAdmin: false, adminEmail: 'admin@example.com' };
const card = (status: Status, fc: FixContext): CardView => ({ header: { title: 'x' }, sections: statusSections(status, fc, t) });
const fns = (status: Status, fc: FixContext) => viewActions(card(status, fc)).map((a) => a.fn);

describe('statusSections', () => {
  it.each(STATUSES)('%s shows its name, its explanation about the account, and a block per fix', (status) => {
    const text = viewText(card(status, manager));
    expect(text).toContain(t(`status.${status}` as const));
    expect(text).toContain(t(`status.${status}.explain` as const, { email: 'bob@example.com' }));
    if (FIXES[status].length === 0) expect(text).toContain('Nothing to do');
  });

  it('turns the fixes a manager can do into buttons with the grant\'s ids', () => {
    expect(fns('INVITED', { ...manager, grantKind: 'external' })).toEqual(['onResendInvitation', 'onCopyInviteLink']);
    expect(fns('SHARING', manager)).toEqual(['onSyncNow']);
    expect(fns('PARTIALLY_SHARED', { ...manager, grantKind: 'group' })).toEqual(['onGroupMembers']);
    expect(fns('DELETED', manager)).toEqual(['onUnshare']);
    expect(fns('SUSPENDED', manager)).toEqual(['onUnshare']);
    expect(fns('UPGRADE_REQUIRED', manager)).toEqual(['onUnshare']);
    expect(fns('UNKNOWN', manager)).toEqual(['onUnshare']);
    expect(fns('OVER_QUOTA', manager)).toEqual(['onSyncNow']);
    expect(fns('INSUFFICIENT_LICENSES', manager)).toEqual(['onSyncNow']);
    expect(fns('REVOKED', manager)).toEqual(['onResendInvitation']);
    expect(viewActions(card('DELETED', manager))[0]).toEqual({ text: 'Unshare to free the seat', fn: 'onUnshare', params: { labelId: 'lbl_1', grantId: 'grt_1' } });
  });

  it('says what to ask the admin for, naming them, when only an admin can fix it', () => {
    expect(viewText(card('SUSPENDED', manager))).toContain('Ask admin@example.com to restore the account bob@example.com in the Admin console.');
    expect(viewText(card('INSUFFICIENT_LICENSES', manager))).toContain('Ask admin@example.com to buy more seats for Shared Labels.');
    expect(viewText(card('REVOKED', manager))).toContain('Ask admin@example.com to authorise Shared Labels for bob@example.com');
    expect(viewText(card('BANNED', manager))).toContain('Ask admin@example.com to contact Google Workspace support');
    expect(viewText(card('UPGRADE_REQUIRED', manager))).toContain('Ask admin@example.com to upgrade the Shared Labels edition');
    expect(viewText(card('SUSPENDED', { ...manager, adminEmail: null }))).toContain('Ask your Google Workspace admin to restore');
  });

  it('gives the admin the instruction itself, and the way to the seats', () => {
    const admin = { ...manager, actorIsAdmin: true };
    expect(viewText(card('SUSPENDED', admin))).toContain('Restore bob@example.com in the Admin console');
    expect(fns('INSUFFICIENT_LICENSES', admin)).toEqual(['onOpenSettings', 'onSyncNow']);
  });

  it('offers someone who cannot manage the label only what they may do, and whom to ask', () => {
    const viewer = { ...manager, canManage: false };
    expect(fns('INVITED', { ...viewer, grantKind: 'external' })).toEqual(['onCopyInviteLink']);
    expect(viewText(card('INVITED', viewer))).toContain('Ask the owner or a manager of the label to resend the invitation.');
    expect(fns('DELETED', viewer)).toEqual([]);
    expect(viewText(card('DELETED', viewer))).toContain('Ask the owner or a manager of the label to remove this grant.');
  });

  it('explains that a group member is unshared by leaving the group', () => {
    const member = { ...manager, grantKind: 'group' as const, via: 'sales@example.com' };
    expect(fns('DELETED', member)).toEqual([]);
    expect(viewText(card('DELETED', member))).toContain('remove bob@example.com from the group in the Admin console, or unshare the group');
  });

  it('speaks the user\'s language', () => {
    const it = translator('it');
    const text = viewText({ header: { title: 'x' }, sections: statusSections('OVER_QUOTA', manager, it) });
    expect(text).toContain('Contatti pieni');
    expect(text).toContain('Chiedi a bob@example.com di eliminare');
  });
});
