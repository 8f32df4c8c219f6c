// Renders the ui layer's plain card views with Apps Script's CardService. Text that Gmail reads as simple HTML
// (paragraphs, decorated text and its labels, section headers) is escaped here, so a contact called "<b>x</b>" or
// "Smith & Co" shows as typed and no data can carry markup into a card.
import type { ActionRef, ActionResultView, ButtonView, CardView, NavStep, WidgetView } from '../ui/card-model';

type Card = GoogleAppsScript.Card_Service.Card;

/** Escapes the characters Gmail's card text formatting would interpret. */
export function escapeCardText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function action(ref: ActionRef): GoogleAppsScript.Card_Service.Action {
  const a = CardService.newAction().setFunctionName(ref.fn);
  return ref.params ? a.setParameters(ref.params) : a;
}

function button(b: ButtonView): GoogleAppsScript.Card_Service.TextButton {
  let tb = CardService.newTextButton().setText(b.text);
  if (b.action) tb = tb.setOnClickAction(action(b.action));
  if (b.openLink) tb = tb.setOpenLink(CardService.newOpenLink().setUrl(b.openLink));
  if (b.disabled) tb = tb.setDisabled(true);
  if (b.filled) tb = tb.setTextButtonStyle(CardService.TextButtonStyle.FILLED);
  return tb;
}

function widget(w: WidgetView): GoogleAppsScript.Card_Service.Widget {
  switch (w.kind) {
    case 'text':
      return CardService.newTextParagraph().setText(escapeCardText(w.text));
    case 'decorated': {
      let d = CardService.newDecoratedText().setText(escapeCardText(w.text)).setWrapText(w.wrap ?? true);
      if (w.top) d = d.setTopLabel(escapeCardText(w.top));
      if (w.bottom) d = d.setBottomLabel(escapeCardText(w.bottom));
      if (w.onClick) d = d.setOnClickAction(action(w.onClick));
      if (w.button) d = d.setButton(button(w.button));
      return d;
    }
    case 'switch':
      return CardService.newDecoratedText()
        .setText(escapeCardText(w.label))
        .setWrapText(true)
        .setSwitchControl(
          CardService.newSwitch()
            .setFieldName(w.name)
            .setValue(w.value ?? 'true')
            .setSelected(w.selected),
        );
    case 'buttons': {
      const set = CardService.newButtonSet();
      w.buttons.forEach((b) => set.addButton(button(b)));
      return set;
    }
    case 'input': {
      let i = CardService.newTextInput().setFieldName(w.name).setTitle(w.label).setMultiline(w.multiline ?? false);
      if (w.value !== undefined) i = i.setValue(w.value);
      if (w.hint) i = i.setHint(w.hint);
      return i;
    }
    case 'select': {
      const s = CardService.newSelectionInput()
        .setFieldName(w.name)
        .setTitle(w.label)
        .setType(CardService.SelectionInputType[w.type]);
      w.items.forEach((it) => s.addItem(it.text, it.value, it.selected ?? false));
      return s;
    }
    case 'image':
      return CardService.newImage().setImageUrl(w.url).setAltText(w.alt);
    case 'divider':
      return CardService.newDivider();
  }
}

export function renderCard(view: CardView): Card {
  let header = CardService.newCardHeader().setTitle(view.header.title);
  if (view.header.subtitle) header = header.setSubtitle(view.header.subtitle);
  if (view.header.imageUrl) header = header.setImageUrl(view.header.imageUrl);
  let card = CardService.newCardBuilder().setHeader(header);
  if (view.name) card = card.setName(view.name);
  for (const s of view.sections) {
    let section = CardService.newCardSection();
    if (s.header) section = section.setHeader(escapeCardText(s.header));
    if (s.collapsible) {
      section = section.setCollapsible(true);
      if (s.uncollapsible !== undefined) section = section.setNumUncollapsibleWidgets(s.uncollapsible);
    }
    s.widgets.forEach((w) => section.addWidget(widget(w)));
    card = card.addSection(section);
  }
  if (view.footer) {
    let footer = CardService.newFixedFooter().setPrimaryButton(button(view.footer.primary));
    if (view.footer.secondary) footer = footer.setSecondaryButton(button(view.footer.secondary));
    card = card.setFixedFooter(footer);
  }
  return card.build();
}

function navigation(steps: NavStep[]): GoogleAppsScript.Card_Service.Navigation {
  let nav = CardService.newNavigation();
  for (const step of steps) {
    if ('push' in step) nav = nav.pushCard(renderCard(step.push));
    else if ('update' in step) nav = nav.updateCard(renderCard(step.update));
    else if ('pop' in step) nav = nav.popCard();
    else if ('popToRoot' in step) nav = nav.popToRoot();
    else nav = nav.popToNamedCard(step.popTo);
  }
  return nav;
}

export function renderActionResult(result: ActionResultView): GoogleAppsScript.Card_Service.ActionResponse {
  let builder = CardService.newActionResponseBuilder();
  if (result.nav?.length) builder = builder.setNavigation(navigation(result.nav));
  if (result.notify) builder = builder.setNotification(CardService.newNotification().setText(result.notify));
  if (result.openLink) builder = builder.setOpenLink(CardService.newOpenLink().setUrl(result.openLink));
  if (result.stateChanged) builder = builder.setStateChanged(true);
  return builder.build();
}

/** What a universal action (Settings, Help) answers: the cards to show. */
export function renderUniversalResult(cards: CardView[]): GoogleAppsScript.Card_Service.UniversalActionResponse {
  return CardService.newUniversalActionResponseBuilder()
    .displayAddOnCards(cards.map(renderCard))
    .build();
}
