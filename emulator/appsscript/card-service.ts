// The `CardService` global of the Apps Script sandbox: builders producing Google's card JSON (google.apps.card.v1).
// Modelled on https://developers.google.com/apps-script/reference/card-service ; see emulator/README-cards.md.
import { newAction, newOpenLink } from './card-actions';
import { newCardBuilder, newCardHeader, newCardSection } from './card-builder';
import {
  newButtonSet, newCardAction, newFixedFooter, newIconImage, newImageButton, newMaterialIcon, newTextButton,
} from './card-buttons';
import type { CardContext, CardServiceOptions } from './card-core';
import { createCardEnums } from './card-enums';
import { newDatePicker, newSelectionInput, newTextInput } from './card-inputs';
import {
  newActionResponseBuilder, newNavigation, newNotification, newUniversalActionResponseBuilder,
} from './card-responses';
import { newDecoratedText, newDivider, newImage, newKeyValue, newSwitch, newTextParagraph } from './card-widgets';
import { defaultConfig } from '../core/config';

export { toCardJson, META, metaOf } from './card-core';
export type { CardServiceOptions, Json } from './card-core';

/** Told of every function name a card names (`Action.setFunctionName`), so the runtime can prove each exists. */
export interface CardRecorder {
  referenced(functionName: string): void;
}

/**
 * Builds a fresh `CardService` object for one sandbox. Everything is plain closures (no Node APIs), so it can be
 * installed as a global in a node:vm context. `options` defaults to `defaultConfig().cards`.
 */
export function createCardService(recorder: CardRecorder, options: CardServiceOptions = defaultConfig().cards): Record<string, unknown> {
  const ctx: CardContext = { referenced: (name) => recorder.referenced(name), options };
  return {
    ...createCardEnums(),
    newCardBuilder: () => newCardBuilder(ctx),
    newCardHeader: () => newCardHeader(),
    newCardSection: () => newCardSection(ctx),
    newTextParagraph: () => newTextParagraph(),
    newDecoratedText: () => newDecoratedText(),
    newKeyValue: () => newKeyValue(),
    newSwitch: () => newSwitch(),
    newTextInput: () => newTextInput(),
    newSelectionInput: () => newSelectionInput(),
    newDatePicker: () => newDatePicker(),
    newImage: () => newImage(),
    newDivider: () => newDivider(),
    newTextButton: () => newTextButton(),
    newImageButton: () => newImageButton(),
    newButtonSet: () => newButtonSet(),
    newIconImage: () => newIconImage(),
    newMaterialIcon: () => newMaterialIcon(),
    newFixedFooter: () => newFixedFooter(),
    newCardAction: () => newCardAction(),
    newAction: () => newAction(ctx),
    newOpenLink: () => newOpenLink(),
    newNavigation: () => newNavigation(),
    newNotification: () => newNotification(),
    newActionResponseBuilder: () => newActionResponseBuilder(ctx),
    newUniversalActionResponseBuilder: () => newUniversalActionResponseBuilder(ctx),
  };
}
