// Pins the card limits (100 sections, 100 widgets a section) and the required fields checked at build().
import { action, cardHarness, cardWith, type Obj } from './card-service-helpers';

const paragraph = (CS: Obj) => CS.newTextParagraph().setText('p');

describe('CardService limits', () => {
  it('throws on the 101st section and keeps the 100 already added', () => {
    const { CS, json } = cardHarness();
    const b = CS.newCardBuilder();
    for (let i = 0; i < 100; i++) b.addSection(CS.newCardSection().addWidget(paragraph(CS)));
    expect(() => b.addSection(CS.newCardSection().addWidget(paragraph(CS)))).toThrow('A card can hold at most 100 sections');
    expect((json(b.build()) as { sections: unknown[] }).sections).toHaveLength(100);
  });

  it('throws on the 101st widget of a section and keeps the 100 already added', () => {
    const { CS, json } = cardHarness();
    const s = CS.newCardSection();
    for (let i = 0; i < 100; i++) s.addWidget(paragraph(CS));
    expect(() => s.addWidget(paragraph(CS))).toThrow('A card section can hold at most 100 widgets');
    expect((json(s) as { widgets: unknown[] }).widgets).toHaveLength(100);
  });

  it('throws at build when a card has no section, unless the setting allows it', () => {
    expect(() => cardHarness().CS.newCardBuilder().build()).toThrow(/^Invalid argument: a card must contain at least one section/);
    const { CS, json } = cardHarness({ requireSection: false });
    expect(json(CS.newCardBuilder().setName('empty').build())).toEqual({ name: 'empty', sections: [] });
  });

  it('throws at build when a section is empty, unless the setting allows it', () => {
    const strict = cardHarness().CS;
    expect(() => strict.newCardBuilder().addSection(strict.newCardSection()).build()).toThrow(/at least one widget/);
    const { CS, json } = cardHarness({ requireWidget: false });
    expect(json(CS.newCardBuilder().addSection(CS.newCardSection().setHeader('h')).build())).toEqual({
      sections: [{ header: 'h', widgets: [] }],
    });
  });

  it('throws at build when a string is longer than the configured limit', () => {
    const { CS } = cardHarness({ maxTextLength: 5 });
    expect(() => cardWith(CS, CS.newTextParagraph().setText('123456'))).toThrow(
      'Invalid argument: sections[0].widgets[0].textParagraph.text is 6 characters long; the limit is 5.',
    );
    expect(() => cardWith(CS, CS.newTextParagraph().setText('12345'))).not.toThrow();
  });
});

describe('CardService required fields', () => {
  it.each<[string, (CS: Obj) => unknown, RegExp]>([
    ['a header without a title', (CS) => CS.newCardBuilder().setHeader(CS.newCardHeader().setSubtitle('s'))
      .addSection(CS.newCardSection().addWidget(paragraph(CS))).build(), /CardHeader requires a title/],
    ['a text input without a field name', (CS) => cardWith(CS, CS.newTextInput().setTitle('t')), /TextInput requires a field name/],
    ['a selection input without a field name', (CS) => cardWith(CS, CS.newSelectionInput()), /SelectionInput requires a field name/],
    ['a switch without a field name', (CS) => cardWith(CS, CS.newDecoratedText().setText('t').setSwitchControl(CS.newSwitch())),
      /Switch requires a field name/],
    ['a decorated text without text', (CS) => cardWith(CS, CS.newDecoratedText().setTopLabel('l')), /DecoratedText requires text/],
    ['a paragraph without text', (CS) => cardWith(CS, CS.newTextParagraph()), /TextParagraph requires text/],
    ['a button without a click target', (CS) => cardWith(CS, CS.newTextButton().setText('b')), /TextButton requires an onClick/],
    ['a button without text', (CS) => cardWith(CS, CS.newTextButton().setOnClickAction(action(CS))), /TextButton requires text/],
    ['an open link without a URL', (CS) => cardWith(CS, CS.newTextButton().setText('b').setOpenLink(CS.newOpenLink())),
      /OpenLink requires a URL/],
    ['an image without a URL', (CS) => cardWith(CS, CS.newImage()), /Image requires an image URL/],
    ['a footer without a primary button', (CS) => CS.newCardBuilder().setFixedFooter(CS.newFixedFooter())
      .addSection(CS.newCardSection().addWidget(paragraph(CS))).build(), /FixedFooter requires a primary button/],
    ['a date picker without a field name', (CS) => cardWith(CS, CS.newDatePicker()), /DatePicker requires a field name/],
  ])('throws Invalid argument at build for %s', (_label, build, message) => {
    const { CS } = cardHarness();
    expect(() => build(CS)).toThrow(message);
    expect(() => build(CS)).toThrow(/^Invalid argument: /);
  });

  it('prints an incomplete builder without throwing', () => {
    const { CS, json } = cardHarness();
    expect(json(CS.newTextInput())).toEqual({ textInput: { type: 'SINGLE_LINE' } });
  });
});
