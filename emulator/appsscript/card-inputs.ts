// Form inputs whose values come back in `commonEventObject.formInputs[name]`: TextInput, SelectionInput, DatePicker.
// https://developers.google.com/apps-script/reference/card-service/text-input (and siblings)
import {
  checkOf, compact, defineObject, enumName, invalidArgument, jsonOf, setter,
  type CardObject, type Json,
} from './card-core';

const actionJson = (a: unknown): Json | undefined => (a === undefined ? undefined : jsonOf(a));

/** A value Apps Script accepts as `Object` and shows as its string form (numbers, booleans, strings). */
function asText(v: unknown): string {
  return typeof v === 'string' ? v : String(v);
}

export function newTextInput(): CardObject {
  let name: string | undefined;
  let label: string | undefined;
  let hintText: string | undefined;
  let value: string | undefined;
  let multiline = false;
  let onChange: unknown;
  const cls = 'TextInput';
  return defineObject(cls, (self) => ({
    methods: {
      setFieldName: setter(self, cls, 'setFieldName', ['String'], ([v]) => { name = v as string; }),
      setTitle: setter(self, cls, 'setTitle', ['String'], ([v]) => { label = v as string; }),
      setHint: setter(self, cls, 'setHint', ['String'], ([v]) => { hintText = v as string; }),
      setValue: setter(self, cls, 'setValue', ['String'], ([v]) => { value = v as string; }),
      setMultiline: setter(self, cls, 'setMultiline', ['Boolean'], ([v]) => { multiline = v as boolean; }),
      setOnChangeAction: setter(self, cls, 'setOnChangeAction', [{ kinds: ['Action'] }], ([v]) => { onChange = v; }),
    },
    json: () => ({
      textInput: compact({
        name,
        label,
        hintText,
        value,
        type: multiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE',
        onChangeAction: actionJson(onChange),
      }),
    }),
    check: () => {
      // https://developers.google.com/apps-script/reference/card-service/text-input#setfieldnamefieldname: "Required."
      if (!name) throw invalidArgument('TextInput requires a field name (setFieldName).');
      checkOf(onChange);
    },
  }));
}

export function newSelectionInput(): CardObject {
  let name: string | undefined;
  let label: string | undefined;
  let type = 'CHECK_BOX';
  let onChange: unknown;
  const items: Array<{ text: string; value: string; selected: boolean }> = [];
  const cls = 'SelectionInput';
  return defineObject(cls, (self) => ({
    methods: {
      setFieldName: setter(self, cls, 'setFieldName', ['String'], ([v]) => { name = v as string; }),
      setTitle: setter(self, cls, 'setTitle', ['String'], ([v]) => { label = v as string; }),
      setType: setter(self, cls, 'setType', [{ enumName: 'SelectionInputType' }], ([v]) => { type = enumName(v); }),
      // addItem(Object text, Object value, Boolean selected): text and value are shown as strings.
      addItem: setter(self, cls, 'addItem', ['Object', 'Object', 'Boolean'], ([t, v, s]) => {
        items.push({ text: asText(t), value: asText(v), selected: s as boolean });
      }),
      setOnChangeAction: setter(self, cls, 'setOnChangeAction', [{ kinds: ['Action'] }], ([v]) => { onChange = v; }),
    },
    json: () => ({
      selectionInput: compact({
        name,
        label,
        type,
        items: items.map((i) => ({ text: i.text, value: i.value, selected: i.selected })),
        onChangeAction: actionJson(onChange),
      }),
    }),
    check: () => {
      if (!name) throw invalidArgument('SelectionInput requires a field name (setFieldName).');
      checkOf(onChange);
    },
  }));
}

/** Date-only picker; Apps Script's DatePicker renders as a dateTimePicker of type DATE_ONLY. */
export function newDatePicker(): CardObject {
  let name: string | undefined;
  let label: string | undefined;
  let valueMsEpoch: string | undefined;
  let onChange: unknown;
  const cls = 'DatePicker';
  return defineObject(cls, (self) => ({
    methods: {
      setFieldName: setter(self, cls, 'setFieldName', ['String'], ([v]) => { name = v as string; }),
      setTitle: setter(self, cls, 'setTitle', ['String'], ([v]) => { label = v as string; }),
      // Accepts a number or a numeric string, as the Apps Script reference documents.
      setValueInMsSinceEpoch: setter(self, cls, 'setValueInMsSinceEpoch', ['Object'], ([v]) => {
        const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : NaN;
        if (!Number.isFinite(n)) throw invalidArgument(`valueInMsSinceEpoch must be a number of milliseconds (got ${String(v)}).`);
        // int64 travels as a decimal string in proto3 JSON.
        valueMsEpoch = String(Math.trunc(n));
      }),
      setOnChangeAction: setter(self, cls, 'setOnChangeAction', [{ kinds: ['Action'] }], ([v]) => { onChange = v; }),
    },
    json: () => ({
      dateTimePicker: compact({ name, label, type: 'DATE_ONLY', valueMsEpoch, onChangeAction: actionJson(onChange) }),
    }),
    check: () => {
      if (!name) throw invalidArgument('DatePicker requires a field name (setFieldName).');
      checkOf(onChange);
    },
  }));
}
