// What Gmail does with what an add-on function returns: a homepage or contextual trigger gives a Card or Card[];
// a card action gives an ActionResponse (navigations, notification, link); a universal action gives a
// UniversalActionResponse. https://developers.google.com/workspace/add-ons/how-tos/navigation and
// emulator/README-cards.md for the JSON shapes.

export type CardJson = Record<string, unknown>;

/** What one callback did to the sidebar, beside the new card stack. */
export interface Effects {
  notification?: string;
  link?: { url: string; openAs?: string; onClose?: string };
  /** A function returned something Gmail would not accept as it is; the simulator still shows what it can. */
  warnings: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function isCard(v: unknown): v is CardJson {
  return isObject(v) && (Array.isArray(v.sections) || isObject(v.header)) && !('renderActions' in v);
}

/** The cards a trigger returned (a Card or an array of Cards), or null when it returned something else. */
export function cardsOf(v: unknown): CardJson[] | null {
  if (isCard(v)) return [v];
  if (Array.isArray(v) && v.length > 0 && v.every(isCard)) return v as CardJson[];
  return null;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (isObject(v)) return `an object with keys ${Object.keys(v).join(', ') || '(none)'}`;
  return typeof v;
}

/** A homepage or contextual trigger's result: the cards become the whole stack. */
export function applyTrigger(fn: string, value: unknown): { stack: CardJson[] | null; effects: Effects } {
  const cards = cardsOf(value);
  if (cards) return { stack: cards, effects: { warnings: [] } };
  return { stack: null, effects: { warnings: [`${fn} must return a Card or an array of Cards; it returned ${describe(value)}.`] } };
}

type Step = Record<string, unknown>;

/** Applies navigation steps in order, as the host does; the root card is never popped. */
export function navigate(stack: CardJson[], steps: Step[], warnings: string[]): CardJson[] {
  let out = stack.slice();
  for (const s of steps) {
    if (isCard(s.pushCard)) out.push(s.pushCard);
    else if (isCard(s.updateCard)) out = out.length ? [...out.slice(0, -1), s.updateCard] : [s.updateCard];
    else if (s.popCard === true) out = out.length > 1 ? out.slice(0, -1) : out;
    else if (s.popToRoot === true) out = out.slice(0, 1);
    else if (typeof s.popToCard === 'string') {
      const i = out.map((c) => c.name).lastIndexOf(s.popToCard);
      if (i >= 0) out = out.slice(0, i + 1);
      else warnings.push(`popToNamedCard("${s.popToCard}"): no card of that name is on the stack.`);
    } else warnings.push(`unknown navigation step ${JSON.stringify(s)}`);
  }
  return out;
}

function actionOf(value: unknown): Record<string, unknown> | null {
  if (!isObject(value) || !isObject(value.renderActions)) return null;
  const action = value.renderActions.action;
  return isObject(action) ? action : {};
}

function linkOf(v: unknown): Effects['link'] {
  if (!isObject(v) || typeof v.url !== 'string') return undefined;
  const link: NonNullable<Effects['link']> = { url: v.url };
  if (typeof v.openAs === 'string') link.openAs = v.openAs;
  if (typeof v.onClose === 'string') link.onClose = v.onClose;
  return link;
}

/** A card action's or universal action's response applied to the stack. */
export function applyResponse(fn: string, stack: CardJson[], value: unknown, universal: boolean): { stack: CardJson[]; effects: Effects } {
  const warnings: string[] = [];
  const action = actionOf(value);
  if (!action) {
    const cards = cardsOf(value);
    if (cards) {
      warnings.push(
        universal
          ? `${fn} returned bare Cards; a universal action should return a UniversalActionResponse (displayAddOnCards). Shown anyway.`
          : `${fn} returned a Card; a card action must return an ActionResponse (setNavigation). Pushed anyway.`,
      );
      return { stack: [...stack, ...cards], effects: { warnings } };
    }
    if (value === undefined) return { stack, effects: { warnings } };
    warnings.push(`${fn} returned ${describe(value)}, which Gmail does not understand as a response.`);
    return { stack, effects: { warnings } };
  }
  const steps = Array.isArray(action.navigations) ? (action.navigations.filter(isObject) as Step[]) : [];
  const effects: Effects = { warnings };
  const next = navigate(stack, steps, warnings);
  if (isObject(action.notification) && typeof action.notification.text === 'string') effects.notification = action.notification.text;
  const link = linkOf(action.link);
  if (link) effects.link = link;
  return { stack: next, effects };
}
