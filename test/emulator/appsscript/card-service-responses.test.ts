// Pins what callbacks return: navigation steps, notifications, links, ActionResponse and UniversalActionResponse.
import { cardHarness, cardWith, enumValue, printJson, type Obj } from './card-service-helpers';

const named = (CS: Obj, name: string) =>
  CS.newCardBuilder().setName(name).addSection(CS.newCardSection().addWidget(CS.newTextParagraph().setText(name))).build();
const cardJson = (name: string) => ({ name, sections: [{ widgets: [{ textParagraph: { text: name } }] }] });

describe('CardService Navigation', () => {
  it('records every step in order with Google field names', () => {
    const { CS, json } = cardHarness();
    const nav = CS.newNavigation().popToRoot().pushCard(named(CS, 'a')).popCard().updateCard(named(CS, 'b')).popToNamedCard('home');
    expect(json(nav)).toEqual({
      navigations: [{ popToRoot: true }, { pushCard: cardJson('a') }, { popCard: true }, { updateCard: cardJson('b') }, { popToCard: 'home' }],
    });
    expect(JSON.parse(printJson(nav))).toEqual(json(nav));
  });
});

describe('CardService ActionResponseBuilder', () => {
  it('throws at build when nothing was set', () => {
    const { CS } = cardHarness();
    expect(() => CS.newActionResponseBuilder().build()).toThrow(
      /^Invalid argument: an ActionResponse needs a navigation, a notification, an open link or a state change/,
    );
    expect(() => CS.newActionResponseBuilder().setNavigation(CS.newNavigation()).build()).toThrow(/needs a navigation/);
  });

  it('builds navigation, notification and link into renderActions', () => {
    const { CS, json } = cardHarness();
    const res = CS.newActionResponseBuilder()
      .setNavigation(CS.newNavigation().updateCard(named(CS, 'home')))
      .setNotification(CS.newNotification().setText('Saved'))
      .setOpenLink(CS.newOpenLink().setUrl('https://x/').setOpenAs(enumValue(CS, 'OpenAs', 'FULL_SIZE')))
      .build();
    expect(json(res)).toEqual({
      renderActions: { action: {
        navigations: [{ updateCard: cardJson('home') }],
        notification: { text: 'Saved' },
        link: { url: 'https://x/', openAs: 'FULL_SIZE' },
      } },
    });
  });

  it('builds a state-change-only response', () => {
    const { CS, json } = cardHarness();
    expect(json(CS.newActionResponseBuilder().setStateChanged(true).build())).toEqual({ renderActions: { action: {} }, stateChanged: true });
  });

  it('throws at build when the notification has no text', () => {
    const { CS } = cardHarness();
    expect(() => CS.newActionResponseBuilder().setNotification(CS.newNotification()).build()).toThrow(
      'Invalid argument: Notification requires text (setText).',
    );
  });

  it('keeps a built response unchanged when the navigation changes afterwards', () => {
    const { CS, json } = cardHarness();
    const nav = CS.newNavigation().popCard();
    const res = CS.newActionResponseBuilder().setNavigation(nav).build();
    nav.popToRoot();
    expect(json(res)).toEqual({ renderActions: { action: { navigations: [{ popCard: true }] } } });
  });

  it('throws when more cards are pushed than the configured maximum', () => {
    const { CS } = cardHarness({ maxCardsPerResponse: 1 });
    const nav = CS.newNavigation().pushCard(named(CS, 'a')).pushCard(named(CS, 'b'));
    expect(() => CS.newActionResponseBuilder().setNavigation(nav).build()).toThrow(/at most 1 cards/);
  });
});

describe('CardService UniversalActionResponseBuilder', () => {
  it('pushes every card given to displayAddOnCards', () => {
    const { CS, json } = cardHarness();
    const res = CS.newUniversalActionResponseBuilder().displayAddOnCards([named(CS, 'a'), named(CS, 'b')]).build();
    expect(json(res)).toEqual({ renderActions: { action: { navigations: [{ pushCard: cardJson('a') }, { pushCard: cardJson('b') }] } } });
  });

  it('answers with a link when setOpenLink was the last call', () => {
    const { CS, json } = cardHarness();
    const res = CS.newUniversalActionResponseBuilder().displayAddOnCards([cardWith(CS, CS.newDivider())])
      .setOpenLink(CS.newOpenLink().setUrl('https://help/')).build();
    expect(json(res)).toEqual({ renderActions: { action: { link: { url: 'https://help/' } } } });
  });

  it('throws at build when neither cards nor a link were set', () => {
    const { CS } = cardHarness();
    expect(() => CS.newUniversalActionResponseBuilder().build()).toThrow(/needs cards \(displayAddOnCards\) or a link/);
    expect(() => CS.newUniversalActionResponseBuilder().displayAddOnCards([]).build()).toThrow(/needs cards/);
  });

  it('throws when displayAddOnCards gets something other than built cards', () => {
    const { CS } = cardHarness();
    expect(() => CS.newUniversalActionResponseBuilder().displayAddOnCards([CS.newCardBuilder()])).toThrow(
      /^Invalid argument: displayAddOnCards takes an array of built Card objects/,
    );
  });
});
