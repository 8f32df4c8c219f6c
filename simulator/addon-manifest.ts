// What the sidebar needs from appsscript.json: the add-on's name and colours, its homepage and contextual trigger
// functions, and its universal actions (https://developers.google.com/apps-script/manifest/addons).
import type { Manifest } from '../emulator/appsscript/runtime';

export interface UniversalAction {
  label: string;
  runFunction?: string;
  openLink?: string;
}

export interface AddonInfo {
  name: string;
  logoUrl?: string;
  primaryColor?: string;
  homepageFunction: string;
  contextualFunction?: string;
  universalActions: UniversalAction[];
}

const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export function addonInfo(manifest: Manifest): AddonInfo {
  const addOns = obj(manifest.addOns);
  const common = obj(addOns.common);
  const gmail = obj(addOns.gmail);
  const contextual = Array.isArray(gmail.contextualTriggers) ? obj(gmail.contextualTriggers[0]) : {};
  const universal = Array.isArray(common.universalActions) ? common.universalActions.map(obj) : [];
  return {
    name: str(common.name) ?? 'Add-on',
    logoUrl: str(common.logoUrl),
    primaryColor: str(obj(common.layoutProperties).primaryColor),
    homepageFunction: str(obj(common.homepageTrigger).runFunction) ?? 'onHomepage',
    contextualFunction: str(contextual.onTriggerFunction),
    universalActions: universal
      .filter((u) => str(u.label))
      .map((u) => ({ label: str(u.label) as string, runFunction: str(u.runFunction), openLink: str(u.openLink) })),
  };
}
