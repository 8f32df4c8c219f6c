// The global scope of the sandbox: exactly the Apps Script services (no Node globals), each bound to the host's
// current execution. Host-side services are rebuilt in the sandbox realm; CardService objects are installed as they are.
import { buildAdvancedService } from './advanced-service';
import { createCacheService } from './cache-service';
import { createCardService } from './card-service';
import { createGmailApp } from './gmail-app';
import type { ScriptHost } from './host';
import { createLockService } from './lock-service';
import { createConsole, createLogger } from './logging';
import { createMailApp } from './mail-app';
import { createPropertiesService } from './properties-service';
import { createScriptApp } from './script-app';
import { createSession } from './session';
import { createUrlFetchApp } from './url-fetch-app';
import { createUtilities } from './utilities';

export function createGlobals(host: ScriptHost): Record<string, unknown> {
  const user = () => host.current().user;
  const { realm } = host;
  return {
    People: realm.expose(buildAdvancedService(host.world, 'people', user)),
    AdminDirectory: realm.expose(buildAdvancedService(host.world, 'directory', user)),
    PropertiesService: realm.expose(createPropertiesService(host)),
    CacheService: realm.expose(createCacheService(host)),
    LockService: realm.expose(createLockService(host)),
    Session: realm.expose(createSession(host)),
    UrlFetchApp: realm.expose(createUrlFetchApp(host)),
    Utilities: realm.expose(createUtilities(host)),
    ScriptApp: realm.expose(createScriptApp(host)),
    MailApp: realm.expose(createMailApp(host)),
    GmailApp: realm.expose(createGmailApp(host)),
    Logger: realm.expose(createLogger(host)),
    console: realm.expose(createConsole(host)),
    CardService: createCardService({ referenced: (name: string) => host.referenced(name) }, host.world.config.cards),
  };
}
