// Pins Action recording, string-only parameters, and Apps Script's argument checks on setters and enums.
import { action, cardHarness, enumValue } from './card-service-helpers';

describe('CardService Action', () => {
  it('reports each function name to the recorder when it is set', () => {
    const { CS, referenced } = cardHarness();
    CS.newAction().setFunctionName('onSave');
    CS.newTextButton().setText('x').setOnClickAction(CS.newAction().setFunctionName('onOpen'));
    expect(referenced).toEqual(['onSave', 'onOpen']);
  });

  it('keeps parameters as key/value pairs in insertion order, replacing earlier ones', () => {
    const { CS, json } = cardHarness();
    const a = action(CS, 'f', { stale: 'x' }).setParameters({ b: '2', a: '1' })
      .setLoadIndicator(enumValue(CS, 'LoadIndicator', 'NONE'));
    expect(json(a)).toEqual({ function: 'f', parameters: [{ key: 'b', value: '2' }, { key: 'a', value: '1' }], loadIndicator: 'NONE' });
  });

  it.each([
    ['a number', { id: 7 }, 'number'],
    ['a boolean', { on: true }, 'boolean'],
    ['null', { x: null }, 'null'],
    ['an object', { x: { y: '1' } }, 'object'],
  ])('throws Invalid argument when a parameter value is %s', (_label, params, shown) => {
    const { CS, json } = cardHarness();
    const a = action(CS, 'f', { keep: 'me' });
    expect(() => a.setParameters(params)).toThrow(new RegExp(`^Invalid argument: parameters.*is ${shown}`));
    expect(json(a)).toEqual({ function: 'f', parameters: [{ key: 'keep', value: 'me' }] });
  });

  it('throws when the action is not given an object of parameters', () => {
    const { CS } = cardHarness();
    expect(() => CS.newAction().setParameters(['a'])).toThrow(
      "The parameters (Object[]) don't match the method signature for CardService.Action.setParameters.",
    );
  });

  it('throws at build when a button names no function', () => {
    const { CS } = cardHarness();
    const section = CS.newCardSection().addWidget(CS.newTextButton().setText('x').setOnClickAction(CS.newAction()));
    expect(() => CS.newCardBuilder().addSection(section).build()).toThrow(/Action requires a function name/);
  });
});

describe('CardService argument checks', () => {
  it('throws the Apps Script signature error when a setter gets the wrong type', () => {
    const { CS } = cardHarness();
    expect(() => CS.newTextParagraph().setText(5)).toThrow(
      "The parameters (number) don't match the method signature for CardService.TextParagraph.setText.",
    );
    expect(() => CS.newDecoratedText().setWrapText('yes')).toThrow(/\(String\) don't match .*DecoratedText\.setWrapText\./);
    expect(() => CS.newCardSection().setNumUncollapsibleWidgets(1.5)).toThrow(/\(number\) don't match/);
  });

  it('throws when an argument is missing or extra', () => {
    const { CS } = cardHarness();
    expect(() => CS.newCardHeader().setTitle()).toThrow("The parameters () don't match the method signature for CardService.CardHeader.setTitle.");
    expect(() => CS.newNavigation().popCard('x')).toThrow(/\(String\) don't match .*Navigation\.popCard\./);
  });

  it('names the CardService class of a wrong object argument', () => {
    const { CS } = cardHarness();
    expect(() => CS.newCardBuilder().setHeader(CS.newCardSection())).toThrow(
      "The parameters (CardService.CardSection) don't match the method signature for CardService.CardBuilder.setHeader.",
    );
    expect(() => CS.newNavigation().pushCard(CS.newCardBuilder())).toThrow(/CardService\.CardBuilder\) don't match .*Navigation\.pushCard/);
  });

  it('accepts only values of the right enum, not their names as strings', () => {
    const { CS } = cardHarness();
    expect(() => CS.newTextButton().setTextButtonStyle('FILLED')).toThrow(/\(String\) don't match/);
    expect(() => CS.newTextButton().setTextButtonStyle(enumValue(CS, 'ImageStyle', 'CIRCLE'))).toThrow(
      /\(CardService\.ImageStyle\) don't match .*TextButton\.setTextButtonStyle/,
    );
  });

  it('rejects a widget that cannot stand in a section', () => {
    const { CS } = cardHarness();
    expect(() => CS.newCardSection().addWidget(CS.newSwitch())).toThrow(/CardService\.Switch\) don't match .*addWidget/);
  });

  it('rejects a background colour that is not a hex colour', () => {
    const { CS } = cardHarness();
    expect(() => CS.newTextButton().setBackgroundColor('red')).toThrow(/^Invalid argument: backgroundColor/);
  });

  it('names thrown errors Exception, as Apps Script does', () => {
    const { CS } = cardHarness();
    let caught: unknown;
    try {
      CS.newTextParagraph().setText(null);
    } catch (e) {
      caught = e;
    }
    expect(String(caught)).toBe("Exception: The parameters (null) don't match the method signature for CardService.TextParagraph.setText.");
  });
});

describe('CardService enums', () => {
  it('exposes enum values with name(), ordinal() and their name as JSON', () => {
    const { CS, json } = cardHarness();
    const filled = enumValue(CS, 'TextButtonStyle', 'FILLED') as { name(): string; ordinal(): number; toString(): string };
    expect([filled.name(), filled.ordinal(), String(filled), json(filled)]).toEqual(['FILLED', 2, 'FILLED', 'FILLED']);
    expect(Object.keys(CS.SelectionInputType as object)).toEqual(['CHECK_BOX', 'RADIO_BUTTON', 'DROPDOWN', 'SWITCH', 'MULTI_SELECT']);
  });

  it('renders the deprecated TEXT button style as BORDERLESS', () => {
    const { CS, json } = cardHarness();
    const b = CS.newTextButton().setText('x').setTextButtonStyle(enumValue(CS, 'TextButtonStyle', 'TEXT'));
    expect(json(b)).toEqual({ text: 'x', type: 'BORDERLESS' });
  });
});
