// What card callbacks return: Navigation, Notification, ActionResponse(Builder), UniversalActionResponse(Builder).
// https://developers.google.com/apps-script/reference/card-service/action-response-builder , .../navigation
import {
  cardError, checkOf, compact, deepCopy, defineObject, invalidArgument, jsonOf, kindOf, setter,
  type CardContext, type CardObject, type Json,
} from './card-core';

/** Navigation steps, applied in order by the host; every method chains ([C] google-api-facts.md E). */
export function newNavigation(): CardObject {
  const steps: Json[] = [];
  const cls = 'Navigation';
  // Cards are snapshots already (Card is immutable), so steps can hold their JSON directly.
  return defineObject(cls, (self) => ({
    methods: {
      pushCard: setter(self, cls, 'pushCard', [{ kinds: ['Card'] }], ([c]) => { steps.push({ pushCard: jsonOf(c) }); }),
      updateCard: setter(self, cls, 'updateCard', [{ kinds: ['Card'] }], ([c]) => { steps.push({ updateCard: jsonOf(c) }); }),
      popCard: setter(self, cls, 'popCard', [], () => { steps.push({ popCard: true }); }),
      popToRoot: setter(self, cls, 'popToRoot', [], () => { steps.push({ popToRoot: true }); }),
      popToNamedCard: setter(self, cls, 'popToNamedCard', ['String'], ([n]) => { steps.push({ popToCard: n as string }); }),
    },
    json: () => ({ navigations: deepCopy(steps) }),
  }));
}

export function newNotification(): CardObject {
  let text: string | undefined;
  return defineObject('Notification', (self) => ({
    methods: {
      setText: setter(self, 'Notification', 'setText', ['String'], ([v]) => { text = v as string; }),
    },
    json: () => compact({ text }),
    check: () => {
      // [C] google-api-facts.md E: a Notification's text is required.
      if (!text) throw invalidArgument('Notification requires text (setText).');
    },
  }));
}

function stepsOf(navigation: unknown): Json[] {
  const j = jsonOf(navigation) as { navigations?: Json[] } | undefined;
  return j?.navigations ?? [];
}

function countCards(steps: Json[]): number {
  return steps.filter((s) => s && typeof s === 'object' && !Array.isArray(s) && ('pushCard' in s || 'updateCard' in s)).length;
}

function frozen(kind: string, snapshot: Json): CardObject {
  return defineObject(kind, () => ({ methods: {}, json: () => deepCopy(snapshot) }));
}

export function newActionResponseBuilder(ctx: CardContext): CardObject {
  let navigation: unknown;
  let notification: unknown;
  let link: unknown;
  let stateChanged = false;
  const cls = 'ActionResponseBuilder';
  const json = (): { [key: string]: Json } => {
    const steps = navigation === undefined ? [] : stepsOf(navigation);
    return compact({
      renderActions: {
        action: compact({
          navigations: steps.length ? steps : undefined,
          notification: notification === undefined ? undefined : jsonOf(notification),
          link: link === undefined ? undefined : jsonOf(link),
        }),
      },
      stateChanged: stateChanged ? true : undefined,
    });
  };
  return defineObject(cls, (self) => ({
    methods: {
      setNavigation: setter(self, cls, 'setNavigation', [{ kinds: ['Navigation'] }], ([v]) => { navigation = v; }),
      setNotification: setter(self, cls, 'setNotification', [{ kinds: ['Notification'] }], ([v]) => { notification = v; }),
      setOpenLink: setter(self, cls, 'setOpenLink', [{ kinds: ['OpenLink'] }], ([v]) => { link = v; }),
      setStateChanged: setter(self, cls, 'setStateChanged', ['Boolean'], ([v]) => { stateChanged = v as boolean; }),
      build: () => {
        const steps = navigation === undefined ? [] : stepsOf(navigation);
        // [C] ActionResponseBuilder.build() "throws if the response is invalid"; an empty response does nothing.
        if (!steps.length && notification === undefined && link === undefined && !stateChanged) {
          throw cardError(
            'Invalid argument: an ActionResponse needs a navigation, a notification, an open link or a state change.',
          );
        }
        checkOf(notification);
        checkOf(link);
        if (countCards(steps) > ctx.options.maxCardsPerResponse) {
          throw invalidArgument(`a response may carry at most ${ctx.options.maxCardsPerResponse} cards.`);
        }
        return frozen('ActionResponse', deepCopy(json()));
      },
    },
    json,
  }));
}

export function newUniversalActionResponseBuilder(ctx: CardContext): CardObject {
  let cards: Json[] | undefined;
  let link: unknown;
  const cls = 'UniversalActionResponseBuilder';
  const json = (): { [key: string]: Json } => {
    if (cards) return { renderActions: { action: { navigations: cards.map((c) => ({ pushCard: c })) } } };
    if (link !== undefined) return { renderActions: { action: { link: jsonOf(link) } } };
    return {};
  };
  return defineObject(cls, (self) => ({
    methods: {
      // The last of displayAddOnCards / setOpenLink wins: a universal action either shows cards or opens a link.
      displayAddOnCards: setter(self, cls, 'displayAddOnCards', ['Array'], ([list]) => {
        const arr = list as unknown[];
        if (!arr.every((c) => kindOf(c) === 'Card')) {
          throw invalidArgument('displayAddOnCards takes an array of built Card objects (CardBuilder.build()).');
        }
        cards = arr.map((c) => jsonOf(c));
        link = undefined;
      }),
      setOpenLink: setter(self, cls, 'setOpenLink', [{ kinds: ['OpenLink'] }], ([v]) => {
        link = v;
        cards = undefined;
      }),
      build: () => {
        if (!cards?.length && link === undefined) {
          throw cardError('Invalid argument: a UniversalActionResponse needs cards (displayAddOnCards) or a link (setOpenLink).');
        }
        checkOf(link);
        if (cards && cards.length > ctx.options.maxCardsPerResponse) {
          throw invalidArgument(`a response may carry at most ${ctx.options.maxCardsPerResponse} cards.`);
        }
        return frozen('UniversalActionResponse', deepCopy(json()));
      },
    },
    json,
  }));
}
