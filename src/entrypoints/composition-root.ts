// The composition root: the one place (with src/adapters) that touches Apps Script globals. Nothing here runs at load time.
import type { ContactGroups } from '../core/ports/contact-groups';
import { PeopleAdvancedContactGroups } from '../adapters/people-advanced-contact-groups';
import { renderActionResult, renderCard } from '../adapters/card-service-renderer';
import type { ActionResultView, CardView } from '../ui/card-model';

export interface Context {
  /** The signed-in user: the actor of every command. Never taken from a card parameter. */
  actor: string;
  contactGroups: ContactGroups;
  renderCard(view: CardView): GoogleAppsScript.Card_Service.Card;
  renderAction(result: ActionResultView): GoogleAppsScript.Card_Service.ActionResponse;
}

export function compose(): Context {
  if (!People) throw new Error('The People advanced service is not enabled in appsscript.json.');
  return {
    actor: Session.getActiveUser().getEmail(),
    contactGroups: new PeopleAdvancedContactGroups(People),
    renderCard,
    renderAction: renderActionResult,
  };
}
