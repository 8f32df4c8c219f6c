// Session: who the current execution runs as. In an add-on and in an installable trigger the active and the effective
// user are both the account the execution runs as (triggers "always run under the account of the person who created
// them", [C] https://developers.google.com/apps-script/guides/triggers/installable).
import { createHash } from 'node:crypto';
import type { ScriptHost } from './host';

/** Apps Script rotates the temporary active-user key every 30 days ([C] Session.getTemporaryActiveUserKey reference). */
const KEY_PERIOD_MS = 30 * 24 * 3600 * 1000;

export function createSession(host: ScriptHost): Record<string, unknown> {
  const user = () => host.current().user;
  const userObject = () => {
    const email = user();
    return { getEmail: () => email, toString: () => email };
  };
  return {
    getActiveUser: userObject,
    getEffectiveUser: userObject,
    getActiveUserLocale: () => host.world.appsScript.userSettings[user()]?.locale ?? 'en',
    getScriptTimeZone: () => host.manifest.timeZone ?? host.world.config.defaultScriptTimeZone,
    getTemporaryActiveUserKey: () => {
      const period = Math.floor(host.world.clock.now() / KEY_PERIOD_MS);
      return createHash('sha256').update(`${user()}|${period}`).digest('base64').slice(0, 43);
    },
  };
}
