// CardHeader, CardSection, CardBuilder and the built Card.
// https://developers.google.com/apps-script/reference/card-service/card-builder , .../card-section
import {
  cardError, checkOf, compact, deepCopy, defineObject, enumName, invalidArgument, jsonOf, kindOf, setter,
  type CardContext, type CardObject, type Json,
} from './card-core';

// [C] https://developers.google.com/workspace/add-ons/concepts/cards (google-api-facts.md E).
export const MAX_SECTIONS_PER_CARD = 100;
export const MAX_WIDGETS_PER_SECTION = 100;

/** What `CardSection.addWidget` accepts. A lone button becomes a one-button buttonList, as Apps Script renders it. */
export const WIDGET_KINDS = [
  'TextParagraph', 'DecoratedText', 'KeyValue', 'ButtonSet', 'TextButton', 'ImageButton', 'TextInput',
  'SelectionInput', 'Image', 'Divider', 'DatePicker',
] as const;

function widgetJson(w: unknown): Json {
  const kind = kindOf(w);
  return kind === 'TextButton' || kind === 'ImageButton' ? { buttonList: { buttons: [jsonOf(w)] } } : jsonOf(w);
}

export function newCardHeader(): CardObject {
  let title: string | undefined;
  let subtitle: string | undefined;
  let imageUrl: string | undefined;
  let imageType: string | undefined;
  let imageAltText: string | undefined;
  const cls = 'CardHeader';
  return defineObject(cls, (self) => ({
    methods: {
      setTitle: setter(self, cls, 'setTitle', ['String'], ([v]) => { title = v as string; }),
      setSubtitle: setter(self, cls, 'setSubtitle', ['String'], ([v]) => { subtitle = v as string; }),
      setImageUrl: setter(self, cls, 'setImageUrl', ['String'], ([v]) => { imageUrl = v as string; }),
      setImageAltText: setter(self, cls, 'setImageAltText', ['String'], ([v]) => { imageAltText = v as string; }),
      setImageStyle: setter(self, cls, 'setImageStyle', [{ enumName: 'ImageStyle' }], ([v]) => {
        imageType = enumName(v);
      }),
    },
    json: () => compact({ title, subtitle, imageUrl, imageType, imageAltText }),
    check: () => {
      // https://developers.google.com/apps-script/reference/card-service/card-header#settitletitle: "Required."
      if (!title) throw invalidArgument('CardHeader requires a title (setTitle).');
    },
  }));
}

export function newCardSection(ctx: CardContext): CardObject {
  let header: string | undefined;
  let collapsible: boolean | undefined;
  let uncollapsible: number | undefined;
  const widgets: unknown[] = [];
  const cls = 'CardSection';
  return defineObject(cls, (self) => ({
    methods: {
      setHeader: setter(self, cls, 'setHeader', ['String'], ([v]) => { header = v as string; }),
      setCollapsible: setter(self, cls, 'setCollapsible', ['Boolean'], ([v]) => { collapsible = v as boolean; }),
      setNumUncollapsibleWidgets: setter(self, cls, 'setNumUncollapsibleWidgets', ['Integer'], ([v]) => {
        if ((v as number) < 0) throw invalidArgument(`numUncollapsibleWidgets must not be negative (got ${String(v)}).`);
        uncollapsible = v as number;
      }),
      addWidget: setter(self, cls, 'addWidget', [{ kinds: WIDGET_KINDS }], ([w]) => {
        if (widgets.length >= MAX_WIDGETS_PER_SECTION) {
          throw cardError(`A card section can hold at most ${MAX_WIDGETS_PER_SECTION} widgets; this one is full.`);
        }
        widgets.push(w);
      }),
    },
    json: () => compact({
      header,
      collapsible,
      uncollapsibleWidgetsCount: uncollapsible,
      widgets: widgets.map(widgetJson),
    }),
    check: () => {
      if (ctx.options.requireWidget && widgets.length === 0) {
        throw invalidArgument('a card section must contain at least one widget.');
      }
      if (widgets.length > MAX_WIDGETS_PER_SECTION) {
        throw cardError(`A card section can hold at most ${MAX_WIDGETS_PER_SECTION} widgets; it has ${widgets.length}.`);
      }
      widgets.forEach(checkOf);
    },
  }));
}

/** Throws when any string in the card is longer than the configured limit (Google states none: [?]). */
function checkTextLengths(v: Json, max: number, path: string): void {
  if (typeof v === 'string') {
    if (v.length > max) throw invalidArgument(`${path} is ${v.length} characters long; the limit is ${max}.`);
  } else if (Array.isArray(v)) {
    v.forEach((x, i) => checkTextLengths(x, max, `${path}[${i}]`));
  } else if (v && typeof v === 'object') {
    for (const k of Object.keys(v)) checkTextLengths(v[k], max, path ? `${path}.${k}` : k);
  }
}

/** The immutable result of `CardBuilder.build()`: later changes to the builder or its widgets do not reach it. */
function newCard(snapshot: Json): CardObject {
  return defineObject('Card', () => ({ methods: {}, json: () => deepCopy(snapshot) }));
}

export function newCardBuilder(ctx: CardContext): CardObject {
  let name: string | undefined;
  let header: unknown;
  let peekHeader: unknown;
  let footer: unknown;
  let displayStyle: string | undefined;
  const sections: unknown[] = [];
  const actions: unknown[] = [];
  const cls = 'CardBuilder';
  const json = (): { [key: string]: Json } => compact({
    name,
    header: header === undefined ? undefined : jsonOf(header),
    sections: sections.map(jsonOf),
    cardActions: actions.length ? actions.map(jsonOf) : undefined,
    fixedFooter: footer === undefined ? undefined : jsonOf(footer),
    displayStyle,
    peekCardHeader: peekHeader === undefined ? undefined : jsonOf(peekHeader),
  });
  return defineObject(cls, (self) => ({
    methods: {
      setName: setter(self, cls, 'setName', ['String'], ([v]) => { name = v as string; }),
      setHeader: setter(self, cls, 'setHeader', [{ kinds: ['CardHeader'] }], ([v]) => { header = v; }),
      setPeekCardHeader: setter(self, cls, 'setPeekCardHeader', [{ kinds: ['CardHeader'] }], ([v]) => { peekHeader = v; }),
      setFixedFooter: setter(self, cls, 'setFixedFooter', [{ kinds: ['FixedFooter'] }], ([v]) => { footer = v; }),
      setDisplayStyle: setter(self, cls, 'setDisplayStyle', [{ enumName: 'DisplayStyle' }], ([v]) => {
        displayStyle = enumName(v);
      }),
      addCardAction: setter(self, cls, 'addCardAction', [{ kinds: ['CardAction'] }], ([v]) => { actions.push(v); }),
      addSection: setter(self, cls, 'addSection', [{ kinds: ['CardSection'] }], ([v]) => {
        if (sections.length >= MAX_SECTIONS_PER_CARD) {
          throw cardError(`A card can hold at most ${MAX_SECTIONS_PER_CARD} sections; this one is full.`);
        }
        sections.push(v);
      }),
      build: () => {
        if (ctx.options.requireSection && sections.length === 0) {
          throw invalidArgument('a card must contain at least one section.');
        }
        if (sections.length > MAX_SECTIONS_PER_CARD) {
          throw cardError(`A card can hold at most ${MAX_SECTIONS_PER_CARD} sections; it has ${sections.length}.`);
        }
        checkOf(header);
        checkOf(peekHeader);
        sections.forEach(checkOf);
        actions.forEach(checkOf);
        checkOf(footer);
        const snapshot = deepCopy(json());
        if (Number.isFinite(ctx.options.maxTextLength)) checkTextLengths(snapshot, ctx.options.maxTextLength, '');
        return newCard(snapshot);
      },
    },
    json,
  }));
}
