// Small builders for the card data of src/ui/card-model.ts, so screens read as layouts rather than object literals.
import type { EntryPointName } from '../entrypoints/names';
import type { ActionRef, ButtonView, SectionView, WidgetView } from './card-model';

export const act = (fn: EntryPointName, params: Record<string, string> = {}): ActionRef => ({ fn, params });

export const para = (text: string): WidgetView => ({ kind: 'text', text });

export function deco(
  text: string,
  opts: { top?: string; bottom?: string; onClick?: ActionRef; button?: ButtonView } = {},
): WidgetView {
  const w: WidgetView = { kind: 'decorated', text, wrap: true };
  if (opts.top) w.top = opts.top;
  if (opts.bottom) w.bottom = opts.bottom;
  if (opts.onClick) w.onClick = opts.onClick;
  if (opts.button) w.button = opts.button;
  return w;
}

export function btn(text: string, fn: EntryPointName, params: Record<string, string> = {}, filled = false): ButtonView {
  const b: ButtonView = { text, action: act(fn, params) };
  if (filled) b.filled = true;
  return b;
}

export const link = (text: string, url: string): ButtonView => ({ text, openLink: url });

export const buttons = (...list: ButtonView[]): WidgetView => ({ kind: 'buttons', buttons: list });

export function input(name: string, label: string, opts: { value?: string; hint?: string; multiline?: boolean } = {}): WidgetView {
  const w: WidgetView = { kind: 'input', name, label };
  if (opts.value !== undefined && opts.value !== '') w.value = opts.value;
  if (opts.hint) w.hint = opts.hint;
  if (opts.multiline) w.multiline = true;
  return w;
}

export function dropdown(name: string, label: string, items: Array<{ text: string; value: string }>, selected?: string): WidgetView {
  return {
    kind: 'select',
    name,
    label,
    type: 'DROPDOWN',
    items: items.map((it, i) => ({ ...it, selected: selected === undefined ? i === 0 : it.value === selected })),
  };
}

/** A section, or nothing when it would be empty (Gmail refuses an empty section). */
export function section(header: string | undefined, widgets: WidgetView[], opts: { collapsible?: boolean; uncollapsible?: number } = {}): SectionView[] {
  if (widgets.length === 0) return [];
  const s: SectionView = { widgets };
  if (header) s.header = header;
  if (opts.collapsible && widgets.length > (opts.uncollapsible ?? 0)) {
    s.collapsible = true;
    if (opts.uncollapsible !== undefined) s.uncollapsible = opts.uncollapsible;
  }
  return [s];
}
