// The composition root: the one place (with src/adapters) that touches Apps Script globals. It builds the ports for one
// execution, acting for the signed-in user (Session); nothing here runs at load time.
import { AdminDirectoryAdvanced } from '../adapters/admin-directory-advanced';
import { AdminDirectoryCheck } from '../adapters/admin-directory-check';
import { AppsScriptBudget } from '../adapters/apps-script-budget';
import { renderActionResult, renderCard } from '../adapters/card-service-renderer';
import { propertyName } from '../adapters/config-rules';
import { DirectoryRest } from '../adapters/directory-rest';
import { DwdTokenService } from '../adapters/dwd-token-service';
import { MailAppMailer } from '../adapters/mail-app-mailer';
import { PeopleAdvancedActorContacts } from '../adapters/people-advanced-actor-contacts';
import { PeopleAdvancedContactGroups } from '../adapters/people-advanced-contact-groups';
import { PeopleAdvancedTransport } from '../adapters/people-advanced-transport';
import { PeopleGateway } from '../adapters/people-gateway';
import { PeopleRestTransport } from '../adapters/people-rest-transport';
import { ScriptAppTriggers } from '../adapters/script-app-triggers';
import { ScriptLock } from '../adapters/script-lock';
import { ScriptPropertiesConfig } from '../adapters/script-properties-config';
import { SheetsStore } from '../adapters/sheets-store';
import { SheetsStoreAdmin } from '../adapters/sheets-store-admin';
import { SystemClock } from '../adapters/system-clock';
import { UuidIdSource } from '../adapters/uuid-id-source';
import { SETUP_KEYS, type AdminContext } from '../app/admin/setup';
import type { SyncContext } from '../app/sync/run';
import type { FeedPorts } from '../app/feeds/feed-sources';
import { SheetsRestFeed } from '../adapters/sheets-rest-feed';
import type { ContactGroups } from '../core/ports/contact-groups';
import { SCOPES } from '../core/ports/tokens';
import type { ActionResultView, CardView } from '../ui/card-model';

/** Where an invitation e-mail sends people: Gmail, where the add-on's sidebar lives. */
const ADDON_URL = 'https://mail.google.com/mail/u/0/';

export interface Context extends AdminContext, FeedPorts {
  domain: string;
  contactGroups: ContactGroups;
  renderCard(view: CardView): GoogleAppsScript.Card_Service.Card;
  renderAction(result: ActionResultView): GoogleAppsScript.Card_Service.ActionResponse;
  /** Outside collaborators find the domain that invited them through this index (their own domain has no setup). */
  recordInvitation(email: string): void;
  /** The sync's context for a run of `budgetMs` (the run stops and saves well before it). */
  syncContext(budgetMs: number): SyncContext;
}

const domainOf = (email: string) => email.split('@')[1] ?? '';

/** Key of the global index of the domains that invited an outside address (not namespaced: it is looked up before the domain is known). */
export const invitesProperty = (email: string) => `sl:invites:${email.toLowerCase()}`;

/**
 * The domain whose Shared Labels this execution serves: the user's own when it is set up there, else the first domain
 * that invited them (an outside collaborator), else their own (a domain that has not set it up yet).
 */
export function resolveDomain(props: GoogleAppsScript.Properties.Properties, actor: string): string {
  const own = domainOf(actor);
  if (props.getProperty(propertyName(own, SETUP_KEYS.adminEmail))) return own;
  try {
    const invited = JSON.parse(props.getProperty(invitesProperty(actor)) ?? '[]') as string[];
    if (invited.length > 0) return invited[0];
  } catch {
    // A damaged index: fall back to the user's own domain.
  }
  return own;
}

export function compose(): Context {
  if (!People || !AdminDirectory) throw new Error('The People and AdminDirectory advanced services must be enabled in appsscript.json.');
  const people = People;
  const adminDirectory = AdminDirectory;
  const actor = Session.getActiveUser().getEmail().toLowerCase();
  const props = PropertiesService.getScriptProperties();
  const domain = resolveDomain(props, actor);
  const config = new ScriptPropertiesConfig(PropertiesService, domain);
  const clock = new SystemClock();
  const tokens = new DwdTokenService(UrlFetchApp, Utilities, CacheService.getScriptCache(), config, clock);
  const adminEmail = config.get(SETUP_KEYS.adminEmail) ?? actor;
  let secondaryDomains: string[];
  try {
    secondaryDomains = JSON.parse(config.get(SETUP_KEYS.secondaryDomains) ?? '[]');
  } catch {
    secondaryDomains = [];
  }
  const adminToken = () => tokens.token(adminEmail, [SCOPES.spreadsheets]);
  const store = new SheetsStore(UrlFetchApp, adminToken, config.get(SETUP_KEYS.spreadsheetId));
  // The admin's own executions (the trigger) read the Directory as themselves; anyone else's go through DWD as the admin.
  const directory =
    actor === adminEmail
      ? new AdminDirectoryAdvanced(adminDirectory, { adminEmail, secondaryDomains })
      : new DirectoryRest(UrlFetchApp, tokens, { adminEmail, secondaryDomains });
  const lock = new ScriptLock(LockService);
  const ids = new UuidIdSource(Utilities);

  const ctx: Context = {
    actor,
    domain,
    clock,
    ids,
    store,
    lock,
    config,
    directory,
    mailer: new MailAppMailer(MailApp),
    actorContacts: new PeopleAdvancedActorContacts(people),
    addonUrl: ADDON_URL,
    serviceAccount: tokens,
    storeAdmin: new SheetsStoreAdmin(UrlFetchApp, adminToken),
    triggers: new ScriptAppTriggers(ScriptApp),
    adminCheck: new AdminDirectoryCheck(adminDirectory),
    contactGroups: new PeopleAdvancedContactGroups(people),
    // A Sheet feed is read as the label's owner (their DWD token), never as the admin: nobody fills a label from a
    // spreadsheet they cannot open themselves.
    sheetValues: new SheetsRestFeed(UrlFetchApp, (user: string) => tokens.token(user, [SCOPES.spreadsheets])),
    renderCard,
    renderAction: renderActionResult,
    recordInvitation(email: string): void {
      const key = invitesProperty(email);
      let domains: string[];
      try {
        domains = JSON.parse(props.getProperty(key) ?? '[]');
      } catch {
        domains = [];
      }
      if (!domains.includes(domain)) props.setProperty(key, JSON.stringify([...domains, domain].slice(-20)));
    },
    syncContext(budgetMs: number): SyncContext {
      const budget = new AppsScriptBudget(Utilities, Date.now() + budgetMs);
      const external = domainOf(actor) !== domain;
      return {
        ...ctx,
        budget,
        reach: external ? 'self' : 'domain',
        // The run's own account through the advanced service; everyone else's through DWD tokens minted for them.
        gatewayFor: (email: string) =>
          new PeopleGateway(
            email,
            email === actor ? new PeopleAdvancedTransport(people) : new PeopleRestTransport(UrlFetchApp, () => tokens.token(email, [SCOPES.contacts])),
            budget,
          ),
        log: (line: string) => console.log(line),
      };
    },
  };
  return ctx;
}
