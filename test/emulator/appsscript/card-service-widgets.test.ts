// Pins the google.apps.card.v1 JSON every CardService widget produces inside a built card.
import { action, cardHarness, cardWith, enumValue, printJson, type Obj } from './card-service-helpers';

function onlyWidget(CS: Obj, json: (o: unknown) => unknown, widget: unknown): unknown {
  const card = json(cardWith(CS, widget)) as { sections: Array<{ widgets: unknown[] }> };
  return card.sections[0].widgets[0];
}

describe('CardService widgets', () => {
  it('renders a card with name, header, section options and footer', () => {
    const { CS, json } = cardHarness();
    const card = CS.newCardBuilder()
      .setName('home')
      .setHeader(CS.newCardHeader().setTitle('Labels').setSubtitle('Shared').setImageUrl('https://x/l.png')
        .setImageStyle(enumValue(CS, 'ImageStyle', 'CIRCLE')).setImageAltText('logo'))
      .addSection(CS.newCardSection().setHeader('Mine').setCollapsible(true).setNumUncollapsibleWidgets(1)
        .addWidget(CS.newTextParagraph().setText('a')).addWidget(CS.newDivider()))
      .setFixedFooter(CS.newFixedFooter()
        .setPrimaryButton(CS.newTextButton().setText('Save').setOnClickAction(action(CS, 'onSave')))
        .setSecondaryButton(CS.newTextButton().setText('Help').setOpenLink(CS.newOpenLink().setUrl('https://h/'))))
      .addCardAction(CS.newCardAction().setText('Settings').setOnClickAction(action(CS, 'onSettings')))
      .setDisplayStyle(enumValue(CS, 'DisplayStyle', 'REPLACE'))
      .build();
    expect(json(card)).toEqual({
      name: 'home',
      header: { title: 'Labels', subtitle: 'Shared', imageUrl: 'https://x/l.png', imageType: 'CIRCLE', imageAltText: 'logo' },
      sections: [{
        header: 'Mine', collapsible: true, uncollapsibleWidgetsCount: 1,
        widgets: [{ textParagraph: { text: 'a' } }, { divider: {} }],
      }],
      cardActions: [{ actionLabel: 'Settings', onClick: { action: { function: 'onSettings', parameters: [] } } }],
      fixedFooter: {
        primaryButton: { text: 'Save', onClick: { action: { function: 'onSave', parameters: [] } } },
        secondaryButton: { text: 'Help', onClick: { openLink: { url: 'https://h/' } } },
      },
      displayStyle: 'REPLACE',
    });
  });

  it('renders a decorated text with labels, start icon, button and click action', () => {
    const { CS, json } = cardHarness();
    const w = CS.newDecoratedText().setText('Team').setTopLabel('Label').setBottomLabel('3 members').setWrapText(true)
      .setStartIcon(CS.newIconImage().setIcon(enumValue(CS, 'Icon', 'MULTIPLE_PEOPLE')))
      .setButton(CS.newTextButton().setText('Open').setOnClickAction(action(CS, 'onOpen', { id: 'g1' })))
      .setOnClickAction(action(CS, 'onRow'));
    expect(onlyWidget(CS, json, w)).toEqual({
      decoratedText: {
        topLabel: 'Label', text: 'Team', bottomLabel: '3 members', wrapText: true,
        startIcon: { knownIcon: 'MULTIPLE_PEOPLE' },
        button: { text: 'Open', onClick: { action: { function: 'onOpen', parameters: [{ key: 'id', value: 'g1' }] } } },
        onClick: { action: { function: 'onRow', parameters: [] } },
      },
    });
  });

  it('renders a switch control with its defaults and replaces an earlier button with it', () => {
    const { CS, json } = cardHarness();
    const w = CS.newDecoratedText().setText('Sync')
      .setButton(CS.newTextButton().setText('x').setOnClickAction(action(CS)))
      .setSwitchControl(CS.newSwitch().setFieldName('sync').setValue('on').setOnChangeAction(action(CS, 'onToggle')));
    expect(onlyWidget(CS, json, w)).toEqual({
      decoratedText: {
        text: 'Sync',
        switchControl: {
          name: 'sync', selected: false, value: 'on', controlType: 'SWITCH',
          onChangeAction: { function: 'onToggle', parameters: [] },
        },
      },
    });
  });

  it('renders a check-box switch when the control type says so', () => {
    const { CS, json } = cardHarness();
    const sw = CS.newSwitch().setFieldName('s').setSelected(true).setControlType(enumValue(CS, 'SwitchControlType', 'CHECK_BOX'));
    expect(json(sw)).toEqual({ name: 's', selected: true, controlType: 'CHECK_BOX' });
  });

  it('wraps a lone text button added to a section in a one-button buttonList', () => {
    const { CS, json } = cardHarness();
    const b = CS.newTextButton().setText('Go').setOnClickAction(action(CS, 'onGo')).setDisabled(true)
      .setTextButtonStyle(enumValue(CS, 'TextButtonStyle', 'FILLED')).setBackgroundColor('#1a73e8');
    expect(onlyWidget(CS, json, b)).toEqual({
      buttonList: { buttons: [{
        text: 'Go', disabled: true, type: 'FILLED',
        color: { red: 0x1a / 255, green: 0x73 / 255, blue: 0xe8 / 255 },
        onClick: { action: { function: 'onGo', parameters: [] } },
      }] },
    });
  });

  it('renders a button set with a text button and an image button', () => {
    const { CS, json } = cardHarness();
    const set = CS.newButtonSet()
      .addButton(CS.newTextButton().setText('Open').setOpenLink(CS.newOpenLink().setUrl('https://a/')
        .setOpenAs(enumValue(CS, 'OpenAs', 'OVERLAY')).setOnClose(enumValue(CS, 'OnClose', 'RELOAD'))))
      .addButton(CS.newImageButton().setIconUrl('https://i/x.png').setAltText('More').setOnClickAction(action(CS, 'onMore')));
    expect(onlyWidget(CS, json, set)).toEqual({
      buttonList: { buttons: [
        { text: 'Open', onClick: { openLink: { url: 'https://a/', openAs: 'OVERLAY', onClose: 'RELOAD' } } },
        { icon: { iconUrl: 'https://i/x.png' }, altText: 'More', onClick: { action: { function: 'onMore', parameters: [] } } },
      ] },
    });
  });

  it('renders a single-line text input by default and a multi-line one when asked', () => {
    const { CS, json } = cardHarness();
    const single = CS.newTextInput().setFieldName('name').setTitle('Name').setHint('Label name').setValue('Team');
    const multi = CS.newTextInput().setFieldName('notes').setMultiline(true).setOnChangeAction(action(CS, 'onNotes'));
    expect(onlyWidget(CS, json, single)).toEqual({
      textInput: { name: 'name', label: 'Name', hintText: 'Label name', value: 'Team', type: 'SINGLE_LINE' },
    });
    expect(onlyWidget(CS, json, multi)).toEqual({
      textInput: { name: 'notes', type: 'MULTIPLE_LINE', onChangeAction: { function: 'onNotes', parameters: [] } },
    });
  });

  it('renders a selection input with its items, defaulting to check boxes', () => {
    const { CS, json } = cardHarness();
    const dropdown = CS.newSelectionInput().setFieldName('role').setTitle('Role')
      .setType(enumValue(CS, 'SelectionInputType', 'DROPDOWN'))
      .addItem('Viewer', 'viewer', false).addItem('Editor', 'editor', true);
    const boxes = CS.newSelectionInput().setFieldName('who').addItem('Ann', 1, false);
    expect(onlyWidget(CS, json, dropdown)).toEqual({
      selectionInput: { name: 'role', label: 'Role', type: 'DROPDOWN', items: [
        { text: 'Viewer', value: 'viewer', selected: false }, { text: 'Editor', value: 'editor', selected: true },
      ] },
    });
    expect(onlyWidget(CS, json, boxes)).toEqual({
      selectionInput: { name: 'who', type: 'CHECK_BOX', items: [{ text: 'Ann', value: '1', selected: false }] },
    });
  });

  it('renders an image, a date picker and a deprecated key value', () => {
    const { CS, json } = cardHarness();
    const img = CS.newImage().setImageUrl('https://i/p.png').setAltText('photo');
    const date = CS.newDatePicker().setFieldName('since').setTitle('Since').setValueInMsSinceEpoch(86400000);
    const kv = CS.newKeyValue().setTopLabel('Email').setContent('a@b.c').setMultiline(true).setIcon(enumValue(CS, 'Icon', 'EMAIL'));
    expect(onlyWidget(CS, json, img)).toEqual({ image: { imageUrl: 'https://i/p.png', altText: 'photo' } });
    expect(onlyWidget(CS, json, date)).toEqual({
      dateTimePicker: { name: 'since', label: 'Since', type: 'DATE_ONLY', valueMsEpoch: '86400000' },
    });
    expect(onlyWidget(CS, json, kv)).toEqual({
      decoratedText: { topLabel: 'Email', text: 'a@b.c', wrapText: true, startIcon: { knownIcon: 'EMAIL' } },
    });
  });

  it('renders icon images from a URL or a Material icon with crop type and alt text', () => {
    const { CS, json } = cardHarness();
    const byUrl = CS.newIconImage().setIconUrl('https://i/a.png').setAltText('a')
      .setImageCropType(enumValue(CS, 'ImageCropType', 'CIRCLE'));
    const material = CS.newIconImage().setMaterialIcon(CS.newMaterialIcon().setName('label').setFill(true));
    expect(json(byUrl)).toEqual({ iconUrl: 'https://i/a.png', altText: 'a', imageType: 'CIRCLE' });
    expect(json(material)).toEqual({ materialIcon: { name: 'label', fill: true } });
  });

  it('keeps a built card unchanged when its builder and widgets change afterwards', () => {
    const { CS, json } = cardHarness();
    const p = CS.newTextParagraph().setText('before');
    const section = CS.newCardSection().addWidget(p);
    const builder = CS.newCardBuilder().addSection(section);
    const card = builder.build();
    p.setText('after');
    builder.setName('later');
    expect(json(card)).toEqual({ sections: [{ widgets: [{ textParagraph: { text: 'before' } }] }] });
    expect(json(builder.build())).toEqual({ name: 'later', sections: [{ widgets: [{ textParagraph: { text: 'after' } }] }] });
  });

  it('prints pretty JSON from printJson and the same data from JSON.stringify', () => {
    const { CS } = cardHarness();
    const card = cardWith(CS, CS.newTextParagraph().setText('hi'));
    const printed = printJson(card);
    expect(printed).toContain('\n  "header"');
    expect(JSON.parse(printed)).toEqual(JSON.parse(JSON.stringify(card)));
    expect(Object.keys(card)).not.toContain('toJSON');
  });
});
