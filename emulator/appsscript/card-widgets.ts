// Display widgets: TextParagraph, DecoratedText (+ Switch), KeyValue (deprecated), Image, Divider.
// https://developers.google.com/apps-script/reference/card-service/decorated-text (and siblings)
import { onClickSlot } from './card-actions';
import { BUTTON_KINDS } from './card-buttons';
import {
  checkOf, compact, defineObject, enumName, invalidArgument, jsonOf, setter,
  type CardObject, type Json,
} from './card-core';

export function newTextParagraph(): CardObject {
  let text: string | undefined;
  return defineObject('TextParagraph', (self) => ({
    methods: {
      setText: setter(self, 'TextParagraph', 'setText', ['String'], ([v]) => { text = v as string; }),
    },
    json: () => ({ textParagraph: compact({ text }) }),
    check: () => {
      if (text === undefined) throw invalidArgument('TextParagraph requires text (setText).');
    },
  }));
}

/** A switch or checkbox; only shown inside a DecoratedText (`switchControl`). */
export function newSwitch(): CardObject {
  let name: string | undefined;
  let value: string | undefined;
  let selected = false;
  let onChange: unknown;
  let controlType = 'SWITCH';
  return defineObject('Switch', (self) => ({
    methods: {
      setFieldName: setter(self, 'Switch', 'setFieldName', ['String'], ([v]) => { name = v as string; }),
      setValue: setter(self, 'Switch', 'setValue', ['String'], ([v]) => { value = v as string; }),
      setSelected: setter(self, 'Switch', 'setSelected', ['Boolean'], ([v]) => { selected = v as boolean; }),
      setOnChangeAction: setter(self, 'Switch', 'setOnChangeAction', [{ kinds: ['Action'] }], ([v]) => { onChange = v; }),
      setControlType: setter(self, 'Switch', 'setControlType', [{ enumName: 'SwitchControlType' }], ([v]) => {
        controlType = enumName(v);
      }),
    },
    json: () => compact({
      name,
      selected,
      value,
      onChangeAction: onChange === undefined ? undefined : jsonOf(onChange),
      controlType,
    }),
    check: () => {
      if (!name) throw invalidArgument('Switch requires a field name (setFieldName).');
      checkOf(onChange);
    },
  }));
}

/** The decoration oneof of DecoratedText: a button, a switch or an end icon; the last one set wins. */
function decorationSlot() {
  let field: 'button' | 'switchControl' | 'endIcon' | undefined;
  let target: unknown;
  return {
    set: (f: 'button' | 'switchControl' | 'endIcon', v: unknown) => {
      field = f;
      target = v;
    },
    json: (): Record<string, Json> => (field ? { [field]: jsonOf(target) } : {}),
    check: () => checkOf(target),
  };
}

export function newDecoratedText(): CardObject {
  let text: string | undefined;
  let topLabel: string | undefined;
  let bottomLabel: string | undefined;
  let wrapText: boolean | undefined;
  let startIcon: unknown;
  const deco = decorationSlot();
  return defineObject('DecoratedText', (self) => {
    const click = onClickSlot(self, 'DecoratedText');
    const cls = 'DecoratedText';
    return {
      methods: {
        ...click.methods,
        setText: setter(self, cls, 'setText', ['String'], ([v]) => { text = v as string; }),
        setTopLabel: setter(self, cls, 'setTopLabel', ['String'], ([v]) => { topLabel = v as string; }),
        setBottomLabel: setter(self, cls, 'setBottomLabel', ['String'], ([v]) => { bottomLabel = v as string; }),
        setWrapText: setter(self, cls, 'setWrapText', ['Boolean'], ([v]) => { wrapText = v as boolean; }),
        setStartIcon: setter(self, cls, 'setStartIcon', [{ kinds: ['IconImage'] }], ([v]) => { startIcon = v; }),
        setEndIcon: setter(self, cls, 'setEndIcon', [{ kinds: ['IconImage'] }], ([v]) => deco.set('endIcon', v)),
        setButton: setter(self, cls, 'setButton', [{ kinds: BUTTON_KINDS }], ([v]) => deco.set('button', v)),
        setSwitchControl: setter(self, cls, 'setSwitchControl', [{ kinds: ['Switch'] }], ([v]) => deco.set('switchControl', v)),
      },
      json: () => ({
        decoratedText: compact({
          topLabel,
          text,
          bottomLabel,
          wrapText,
          startIcon: startIcon === undefined ? undefined : jsonOf(startIcon),
          ...deco.json(),
          onClick: click.json(),
        }),
      }),
      check: () => {
        // https://developers.google.com/apps-script/reference/card-service/decorated-text#settexttext: "Required."
        if (text === undefined) throw invalidArgument('DecoratedText requires text (setText).');
        checkOf(startIcon);
        deco.check();
        click.check();
      },
    };
  });
}

/** Deprecated predecessor of DecoratedText; Apps Script renders it as a decoratedText widget. */
export function newKeyValue(): CardObject {
  let content: string | undefined;
  let topLabel: string | undefined;
  let bottomLabel: string | undefined;
  let multiline: boolean | undefined;
  let icon: Record<string, Json> | undefined;
  const deco = decorationSlot();
  return defineObject('KeyValue', (self) => {
    const click = onClickSlot(self, 'KeyValue');
    const cls = 'KeyValue';
    return {
      methods: {
        ...click.methods,
        setContent: setter(self, cls, 'setContent', ['String'], ([v]) => { content = v as string; }),
        setTopLabel: setter(self, cls, 'setTopLabel', ['String'], ([v]) => { topLabel = v as string; }),
        setBottomLabel: setter(self, cls, 'setBottomLabel', ['String'], ([v]) => { bottomLabel = v as string; }),
        setMultiline: setter(self, cls, 'setMultiline', ['Boolean'], ([v]) => { multiline = v as boolean; }),
        setIcon: setter(self, cls, 'setIcon', [{ enumName: 'Icon' }], ([v]) => { icon = { knownIcon: enumName(v) }; }),
        setIconUrl: setter(self, cls, 'setIconUrl', ['String'], ([v]) => { icon = { iconUrl: v as string }; }),
        setButton: setter(self, cls, 'setButton', [{ kinds: BUTTON_KINDS }], ([v]) => deco.set('button', v)),
        setSwitch: setter(self, cls, 'setSwitch', [{ kinds: ['Switch'] }], ([v]) => deco.set('switchControl', v)),
      },
      json: () => ({
        decoratedText: compact({ topLabel, text: content, bottomLabel, wrapText: multiline, startIcon: icon, ...deco.json(), onClick: click.json() }),
      }),
      check: () => {
        if (content === undefined) throw invalidArgument('KeyValue requires content (setContent).');
        deco.check();
        click.check();
      },
    };
  });
}

export function newImage(): CardObject {
  let imageUrl: string | undefined;
  let altText: string | undefined;
  return defineObject('Image', (self) => {
    const click = onClickSlot(self, 'Image');
    return {
      methods: {
        ...click.methods,
        setImageUrl: setter(self, 'Image', 'setImageUrl', ['String'], ([v]) => { imageUrl = v as string; }),
        setAltText: setter(self, 'Image', 'setAltText', ['String'], ([v]) => { altText = v as string; }),
      },
      json: () => ({ image: compact({ imageUrl, altText, onClick: click.json() }) }),
      check: () => {
        if (!imageUrl) throw invalidArgument('Image requires an image URL (setImageUrl).');
        click.check();
      },
    };
  });
}

export function newDivider(): CardObject {
  return defineObject('Divider', () => ({ methods: {}, json: () => ({ divider: {} }) }));
}
