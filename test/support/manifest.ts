// Every function the manifest asks Apps Script to call.

interface ManifestShape {
  addOns?: {
    common?: { homepageTrigger?: { runFunction?: string }; universalActions?: Array<{ runFunction?: string }> };
    gmail?: { contextualTriggers?: Array<{ onTriggerFunction: string }>; homepageTrigger?: { runFunction?: string } };
  };
}

export function manifestFunctions(m: ManifestShape): string[] {
  const common = m.addOns?.common ?? {};
  return [
    common.homepageTrigger?.runFunction,
    ...(common.universalActions ?? []).map((u) => u.runFunction),
    ...(m.addOns?.gmail?.contextualTriggers ?? []).map((c) => c.onTriggerFunction),
    m.addOns?.gmail?.homepageTrigger?.runFunction,
  ].filter((x): x is string => typeof x === 'string');
}
