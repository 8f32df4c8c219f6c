// Realistic add-on event objects, in Google's shape, for calling entry points as Gmail would.
import type { World } from '../../emulator';
import type { AddonEvent } from '../../src/entrypoints/event';

/** The event Gmail sends for `name`: homepage and universal actions carry only the common object; others add parameters. */
export function realisticEvent(name: string, world: World, user: string, params: Record<string, string> = {}): AddonEvent {
  const base: AddonEvent = {
    commonEventObject: {
      userLocale: world.appsScript.userSettings[user]?.locale ?? 'en',
      timeZone: { id: 'Europe/Rome', offset: 3600000 },
      platform: 'WEB',
      hostApp: 'GMAIL',
      parameters: params,
      formInputs: {},
    },
    parameters: params,
  };
  if (name === 'onGmailMessage') {
    base.gmail = { messageId: 'msg-1', threadId: 'thr-1', accessToken: 'gmail-access-token' };
  }
  if (name === 'onOpenLabel' && !params.group) {
    const groups = Object.values(world.people.accounts[user]?.groups ?? {}).filter((g) => g.groupType === 'USER_CONTACT_GROUP' && !g.deleted);
    const group = groups[0]?.resourceName ?? 'contactGroups/unknown';
    base.parameters = { group };
    base.commonEventObject!.parameters = { group };
  }
  return base;
}
