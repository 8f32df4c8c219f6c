// Pins that the CardService object works as a global inside a node:vm sandbox and that toCardJson unwraps results.
import * as vm from 'node:vm';
import { cardHarness } from './card-service-helpers';

describe('CardService in a vm sandbox', () => {
  it('builds a card from script code and records the functions it names', () => {
    const { CS, referenced, json } = cardHarness();
    const context = vm.createContext({ CardService: CS });
    const result = vm.runInContext(`
      function onHomepage() {
        const save = CardService.newAction().setFunctionName('onSave').setParameters({ label: 'team' });
        const section = CardService.newCardSection()
          .addWidget(CardService.newTextInput().setFieldName('name').setTitle('Name'))
          .addWidget(CardService.newTextButton().setText('Save').setOnClickAction(save));
        return [CardService.newCardBuilder().setHeader(CardService.newCardHeader().setTitle('Labels')).addSection(section).build()];
      }
      onHomepage();
    `, context);
    expect(referenced).toEqual(['onSave']);
    expect(json(result)).toEqual([{
      header: { title: 'Labels' },
      sections: [{ widgets: [
        { textInput: { name: 'name', label: 'Name', type: 'SINGLE_LINE' } },
        { buttonList: { buttons: [{ text: 'Save', onClick: { action: { function: 'onSave', parameters: [{ key: 'label', value: 'team' }] } } }] } },
      ] }],
    }]);
  });

  it('lets script code catch the error of a non-string parameter by its message', () => {
    const { CS } = cardHarness();
    const context = vm.createContext({ CardService: CS });
    const message = vm.runInContext(`
      let m = '';
      try { CardService.newAction().setParameters({ n: 1 }); } catch (e) { m = String(e); }
      m;
    `, context);
    expect(message).toMatch(/^Exception: Invalid argument: parameters/);
  });
});

describe('toCardJson', () => {
  it('passes plain values through and unwraps CardService objects nested in plain data', () => {
    const { CS, json } = cardHarness();
    const nav = CS.newNavigation().popCard();
    expect(json('x')).toBe('x');
    expect(json(null)).toBeNull();
    expect(json(3)).toBe(3);
    expect(json({ a: [nav], b: 1 })).toEqual({ a: [{ navigations: [{ popCard: true }] }], b: 1 });
  });

  it('returns a copy the caller may change without touching the built object', () => {
    const { CS, json } = cardHarness();
    const res = CS.newActionResponseBuilder().setNotification(CS.newNotification().setText('a')).build();
    const first = json(res) as { renderActions: { action: { notification: { text: string } } } };
    first.renderActions.action.notification.text = 'changed';
    expect(json(res)).toEqual({ renderActions: { action: { notification: { text: 'a' } } } });
  });
});
