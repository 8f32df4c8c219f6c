// Action, OpenLink and the shared onClick slot of buttons, images and decorated text.
// https://developers.google.com/apps-script/reference/card-service/action , .../open-link
import {
  cardError, checkOf, compact, defineObject, enumName, invalidArgument, jsonOf, setter,
  type CardContext, type CardObject, type Json,
} from './card-core';

/** Creates `CardService.newAction()`: naming a function records it, so the runtime can prove it exists. */
export function newAction(ctx: CardContext): CardObject {
  let fn: string | undefined;
  let params: Array<{ key: string; value: string }> = [];
  let loadIndicator: string | undefined;
  let persistValues: boolean | undefined;
  return defineObject('Action', (self) => ({
    methods: {
      setFunctionName: setter(self, 'Action', 'setFunctionName', ['String'], ([name]) => {
        fn = name as string;
        ctx.referenced(fn);
      }),
      // Values must be strings ([C] google-api-facts.md E); Apps Script's Map<String,String> conversion rejects others.
      setParameters: setter(self, 'Action', 'setParameters', ['Map'], ([map]) => {
        const m = map as Record<string, unknown>;
        const next: Array<{ key: string; value: string }> = [];
        for (const key of Object.keys(m)) {
          const value = m[key];
          if (typeof value !== 'string') {
            throw invalidArgument(
              `parameters. Action.setParameters takes string values only; "${key}" is ${value === null ? 'null' : typeof value}.`,
            );
          }
          next.push({ key, value });
        }
        params = next;
      }),
      setLoadIndicator: setter(self, 'Action', 'setLoadIndicator', [{ enumName: 'LoadIndicator' }], ([v]) => {
        loadIndicator = enumName(v);
      }),
      setPersistValues: setter(self, 'Action', 'setPersistValues', ['Boolean'], ([v]) => {
        persistValues = v as boolean;
      }),
    },
    json: () => compact({
      function: fn,
      parameters: params.map((p) => ({ key: p.key, value: p.value })),
      loadIndicator,
      persistValues,
    }),
    check: () => {
      if (!fn) throw invalidArgument('Action requires a function name (setFunctionName).');
    },
  }));
}

/** Creates `CardService.newOpenLink()`. */
export function newOpenLink(): CardObject {
  let url: string | undefined;
  let openAs: string | undefined;
  let onClose: string | undefined;
  return defineObject('OpenLink', (self) => ({
    methods: {
      setUrl: setter(self, 'OpenLink', 'setUrl', ['String'], ([v]) => {
        url = v as string;
      }),
      setOpenAs: setter(self, 'OpenLink', 'setOpenAs', [{ enumName: 'OpenAs' }], ([v]) => {
        openAs = enumName(v);
      }),
      setOnClose: setter(self, 'OpenLink', 'setOnClose', [{ enumName: 'OnClose' }], ([v]) => {
        onClose = enumName(v);
      }),
    },
    json: () => compact({ url, openAs, onClose }),
    check: () => {
      if (!url) throw invalidArgument('OpenLink requires a URL (setUrl).');
    },
  }));
}

/** The oneof `onClick` of google.apps.card.v1: the last setter called wins, as in Apps Script. */
export interface OnClickSlot {
  methods: Record<string, (...args: unknown[]) => CardObject>;
  json(): Json | undefined;
  check(): void;
  isSet(): boolean;
}

export function onClickSlot(self: CardObject, cls: string): OnClickSlot {
  let field: 'action' | 'openLink' | 'openDynamicLinkAction' | undefined;
  let target: unknown;
  const set = (f: typeof field) => (args: unknown[]) => {
    field = f;
    target = args[0];
  };
  return {
    methods: {
      setOnClickAction: setter(self, cls, 'setOnClickAction', [{ kinds: ['Action'] }], set('action')),
      setOpenLink: setter(self, cls, 'setOpenLink', [{ kinds: ['OpenLink'] }], set('openLink')),
      setOnClickOpenLinkAction: setter(self, cls, 'setOnClickOpenLinkAction', [{ kinds: ['Action'] }], set('openDynamicLinkAction')),
    },
    json: () => (field ? { [field]: jsonOf(target) } : undefined),
    check: () => checkOf(target),
    isSet: () => field !== undefined,
  };
}

/** Fails like Apps Script does when a widget that must be clickable has no click target. */
export function requireOnClick(slot: OnClickSlot, what: string): void {
  if (!slot.isSet()) throw cardError(`Invalid argument: ${what} requires an onClick action or link.`);
  slot.check();
}
