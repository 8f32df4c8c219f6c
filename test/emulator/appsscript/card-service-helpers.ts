// Test helpers for the CardService stand-in: a fresh CardService with a recorder, and typed access to its builders.
import { createWorld } from '../../../emulator';
import { createCardService, toCardJson } from '../../../emulator/appsscript/card-service';
import type { CardSettings } from '../../../emulator/core/config';

/** Builder methods are called dynamically, as a script would; this keeps the tests free of `any`. */
export type Obj = { [method: string]: (...args: unknown[]) => Obj } & Record<string, unknown>;

export interface CardHarness {
  CS: Obj;
  referenced: string[];
  json(o: unknown): unknown;
}

/** A fresh CardService configured from a fresh World (settings overridable per test). */
export function cardHarness(cards: Partial<CardSettings> = {}): CardHarness {
  const world = createWorld({ seed: 1 });
  const referenced: string[] = [];
  const CS = createCardService({ referenced: (n) => referenced.push(n) }, { ...world.config.cards, ...cards }) as unknown as Obj;
  return { CS, referenced, json: toCardJson };
}

export function enumValue(CS: Obj, enumName: string, value: string): unknown {
  return (CS[enumName] as unknown as Record<string, unknown>)[value];
}

/** A card holding the given widgets in one section, built. */
export function cardWith(CS: Obj, ...widgets: unknown[]): Obj {
  const section = CS.newCardSection();
  for (const w of widgets) section.addWidget(w);
  return CS.newCardBuilder().setHeader(CS.newCardHeader().setTitle('T')).addSection(section).build();
}

export function action(CS: Obj, fn = 'onClick', params?: Record<string, string>): Obj {
  const a = CS.newAction().setFunctionName(fn);
  return params ? a.setParameters(params) : a;
}

export function printJson(o: Obj): string {
  return (o.printJson as unknown as () => string)();
}
