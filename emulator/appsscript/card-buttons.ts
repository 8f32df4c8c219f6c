// Buttons and what holds them: TextButton, ImageButton, ButtonSet, IconImage, MaterialIcon, FixedFooter, CardAction.
// https://developers.google.com/apps-script/reference/card-service/text-button (and siblings)
import { onClickSlot, requireOnClick } from './card-actions';
import {
  checkOf, compact, defineObject, enumName, invalidArgument, jsonOf, setter,
  type CardObject, type Json,
} from './card-core';

export const BUTTON_KINDS = ['TextButton', 'ImageButton'] as const;

/** `#rgb` or `#rrggbb` → google.type.Color with 0..1 channels, as the card JSON carries colours. */
function parseColor(hex: string): { red: number; green: number; blue: number } {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!m) throw invalidArgument(`backgroundColor "${hex}" is not a colour like #1a73e8.`);
  const h = m[1].length === 3 ? m[1].split('').map((c) => c + c).join('') : m[1];
  const ch = (i: number) => parseInt(h.slice(i, i + 2), 16) / 255;
  return { red: ch(0), green: ch(2), blue: ch(4) };
}

/** The icon oneof shared by IconImage and ImageButton: a known icon, an image URL or a Material icon. */
function iconSlot(self: CardObject, cls: string) {
  let icon: Record<string, Json> | undefined;
  return {
    methods: {
      setIcon: setter(self, cls, 'setIcon', [{ enumName: 'Icon' }], ([v]) => {
        icon = { knownIcon: enumName(v) };
      }),
      setIconUrl: setter(self, cls, 'setIconUrl', ['String'], ([v]) => {
        icon = { iconUrl: v as string };
      }),
      setMaterialIcon: setter(self, cls, 'setMaterialIcon', [{ kinds: ['MaterialIcon'] }], ([v]) => {
        icon = { materialIcon: jsonOf(v) };
      }),
    },
    json: () => icon,
  };
}

export function newMaterialIcon(): CardObject {
  let name: string | undefined;
  let fill: boolean | undefined;
  let weight: number | undefined;
  let grade: number | undefined;
  return defineObject('MaterialIcon', (self) => ({
    methods: {
      setName: setter(self, 'MaterialIcon', 'setName', ['String'], ([v]) => { name = v as string; }),
      setFill: setter(self, 'MaterialIcon', 'setFill', ['Boolean'], ([v]) => { fill = v as boolean; }),
      setWeight: setter(self, 'MaterialIcon', 'setWeight', ['Integer'], ([v]) => { weight = v as number; }),
      setGrade: setter(self, 'MaterialIcon', 'setGrade', ['Integer'], ([v]) => { grade = v as number; }),
    },
    json: () => compact({ name, fill, weight, grade }),
    check: () => {
      if (!name) throw invalidArgument('MaterialIcon requires a name (setName).');
    },
  }));
}

export function newIconImage(): CardObject {
  let altText: string | undefined;
  let imageType: string | undefined;
  return defineObject('IconImage', (self) => {
    const icon = iconSlot(self, 'IconImage');
    return {
      methods: {
        ...icon.methods,
        setAltText: setter(self, 'IconImage', 'setAltText', ['String'], ([v]) => { altText = v as string; }),
        setImageCropType: setter(self, 'IconImage', 'setImageCropType', [{ enumName: 'ImageCropType' }], ([v]) => {
          imageType = enumName(v);
        }),
      },
      json: () => compact({ ...icon.json(), altText, imageType }),
      check: () => {
        if (!icon.json()) throw invalidArgument('IconImage requires an icon (setIcon, setIconUrl or setMaterialIcon).');
      },
    };
  });
}

export function newTextButton(): CardObject {
  let text: string | undefined;
  let disabled: boolean | undefined;
  let style: string | undefined;
  let color: Json | undefined;
  let altText: string | undefined;
  return defineObject('TextButton', (self) => {
    const click = onClickSlot(self, 'TextButton');
    const icon = iconSlot(self, 'TextButton');
    return {
      methods: {
        ...click.methods,
        ...icon.methods,
        setText: setter(self, 'TextButton', 'setText', ['String'], ([v]) => { text = v as string; }),
        setDisabled: setter(self, 'TextButton', 'setDisabled', ['Boolean'], ([v]) => { disabled = v as boolean; }),
        setAltText: setter(self, 'TextButton', 'setAltText', ['String'], ([v]) => { altText = v as string; }),
        setTextButtonStyle: setter(self, 'TextButton', 'setTextButtonStyle', [{ enumName: 'TextButtonStyle' }], ([v]) => {
          style = enumName(v);
        }),
        setBackgroundColor: setter(self, 'TextButton', 'setBackgroundColor', ['String'], ([v]) => {
          color = parseColor(v as string);
        }),
      },
      // TEXT is the deprecated name of the borderless style; the card JSON only knows BORDERLESS.
      json: () => compact({
        text,
        icon: icon.json(),
        color,
        onClick: click.json(),
        disabled,
        altText,
        type: style === 'TEXT' ? 'BORDERLESS' : style,
      }),
      check: () => {
        if (!text && !icon.json()) throw invalidArgument('TextButton requires text (setText).');
        requireOnClick(click, 'TextButton');
      },
    };
  });
}

export function newImageButton(): CardObject {
  let altText: string | undefined;
  let style: string | undefined;
  return defineObject('ImageButton', (self) => {
    const click = onClickSlot(self, 'ImageButton');
    const icon = iconSlot(self, 'ImageButton');
    return {
      methods: {
        ...click.methods,
        ...icon.methods,
        setAltText: setter(self, 'ImageButton', 'setAltText', ['String'], ([v]) => { altText = v as string; }),
        setImageButtonStyle: setter(self, 'ImageButton', 'setImageButtonStyle', [{ enumName: 'ImageButtonStyle' }], ([v]) => {
          style = enumName(v);
        }),
      },
      json: () => compact({ icon: icon.json(), altText, onClick: click.json(), type: style }),
      check: () => {
        if (!icon.json()) throw invalidArgument('ImageButton requires an icon (setIcon, setIconUrl or setMaterialIcon).');
        requireOnClick(click, 'ImageButton');
      },
    };
  });
}

export function newButtonSet(): CardObject {
  const buttons: unknown[] = [];
  return defineObject('ButtonSet', (self) => ({
    methods: {
      addButton: setter(self, 'ButtonSet', 'addButton', [{ kinds: BUTTON_KINDS }], ([b]) => { buttons.push(b); }),
    },
    json: () => ({ buttonList: { buttons: buttons.map(jsonOf) } }),
    check: () => buttons.forEach(checkOf),
  }));
}

export function newFixedFooter(): CardObject {
  let primary: unknown;
  let secondary: unknown;
  return defineObject('FixedFooter', (self) => ({
    methods: {
      setPrimaryButton: setter(self, 'FixedFooter', 'setPrimaryButton', [{ kinds: ['TextButton'] }], ([b]) => { primary = b; }),
      setSecondaryButton: setter(self, 'FixedFooter', 'setSecondaryButton', [{ kinds: ['TextButton'] }], ([b]) => { secondary = b; }),
    },
    json: () => compact({
      primaryButton: primary === undefined ? undefined : jsonOf(primary),
      secondaryButton: secondary === undefined ? undefined : jsonOf(secondary),
    }),
    check: () => {
      if (primary === undefined) throw invalidArgument('FixedFooter requires a primary button (setPrimaryButton).');
      checkOf(primary);
      checkOf(secondary);
    },
  }));
}

/** A card's overflow-menu item: `{actionLabel, onClick}`. */
export function newCardAction(): CardObject {
  let text: string | undefined;
  return defineObject('CardAction', (self) => {
    const click = onClickSlot(self, 'CardAction');
    return {
      methods: {
        ...click.methods,
        setText: setter(self, 'CardAction', 'setText', ['String'], ([v]) => { text = v as string; }),
      },
      json: () => compact({ actionLabel: text, onClick: click.json() }),
      check: () => {
        if (!text) throw invalidArgument('CardAction requires text (setText).');
        requireOnClick(click, 'CardAction');
      },
    };
  });
}
