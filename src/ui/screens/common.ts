// Pieces several screens share: role and grantee names, a contact's one-line summary, paging buttons, the error card.
import type { Grant } from '../../core/model';
import type { Role } from '../../core/role';
import type { ContactView } from '../../app/queries/contact-view';
import type { EntryPointName } from '../../entrypoints/names';
import type { CardView, WidgetView } from '../card-model';
import type { Translate } from '../i18n';
import type { Page } from '../limits';
import { btn, buttons, para } from '../widgets';

export const roleName = (role: Role, t: Translate): string => t(`role.${role}` as const);

/** How a grant's grantee reads: an address, a group, the whole domain, or someone outside. */
export function granteeText(grant: Pick<Grant, 'grantee'>, domain: string, t: Translate): string {
  const g = grant.grantee;
  switch (g.kind) {
    case 'domain':
      return t('sharing.domain', { domain });
    case 'group':
      return t('sharing.group', { email: g.email });
    case 'external':
      return t('sharing.external', { email: g.email });
    case 'user':
      return g.email;
  }
}

/** The line under a contact's name in a list: an address, else a number, else the company. */
export function contactLine(c: ContactView): string {
  const p = c.person;
  return p.emailAddresses[0]?.value ?? p.phoneNumbers[0]?.value ?? p.organizations[0]?.name ?? '';
}

/** "Showing 21–40 of 57" and Previous/Next buttons, each calling `fn` with `params` plus the page number. */
export function pager<T>(page: Page<T>, fn: EntryPointName, params: Record<string, string>, t: Translate, pageParam = 'page'): WidgetView[] {
  if (page.pages <= 1) return [];
  const nav = [];
  if (page.page > 0) nav.push(btn(t('paging.previous'), fn, { ...params, [pageParam]: String(page.page - 1) }));
  if (page.page < page.pages - 1) nav.push(btn(t('paging.next'), fn, { ...params, [pageParam]: String(page.page + 1) }));
  return [para(t('paging.showing', { from: page.from, to: page.to, total: page.total })), buttons(...nav)];
}

/** What a trigger shows when it cannot build its card: the reason, never a stack trace. */
export function errorScreen(message: string, t: Translate): CardView {
  return { name: 'error', header: { title: t('app.name') }, sections: [{ widgets: [para(message)] }] };
}
