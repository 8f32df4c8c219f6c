// The card a screen shows, as plain data: view code builds it, the CardService adapter renders it.
// Keeping cards as data lets every screen be tested without Apps Script.
import type { EntryPointName } from '../entrypoints/names';

/** A call back into the add-on: the function must be an entry point (checked by the compiler). Parameters are strings. */
export interface ActionRef {
  fn: EntryPointName;
  params?: Record<string, string>;
}

export interface ButtonView {
  text: string;
  action?: ActionRef;
  openLink?: string;
  disabled?: boolean;
  filled?: boolean;
}

export type WidgetView =
  | { kind: 'text'; text: string }
  | {
      kind: 'decorated';
      text: string;
      top?: string;
      bottom?: string;
      wrap?: boolean;
      onClick?: ActionRef;
      button?: ButtonView;
    }
  | { kind: 'switch'; name: string; label: string; selected: boolean; value?: string }
  | { kind: 'buttons'; buttons: ButtonView[] }
  | { kind: 'input'; name: string; label: string; value?: string; hint?: string; multiline?: boolean }
  | {
      kind: 'select';
      name: string;
      label: string;
      type: 'DROPDOWN' | 'RADIO_BUTTON' | 'CHECK_BOX';
      items: Array<{ text: string; value: string; selected?: boolean }>;
    }
  | { kind: 'image'; url: string; alt: string }
  | { kind: 'divider' };

export interface SectionView {
  header?: string;
  collapsible?: boolean;
  /** With `collapsible`: how many widgets stay visible when collapsed. */
  uncollapsible?: number;
  widgets: WidgetView[];
}

export interface CardView {
  /** Names the card in the navigation stack (popToNamedCard). */
  name?: string;
  header: { title: string; subtitle?: string; imageUrl?: string };
  sections: SectionView[];
  footer?: { primary: ButtonView; secondary?: ButtonView };
}

/** One navigation step, applied in order by Gmail. */
export type NavStep =
  | { push: CardView }
  | { update: CardView }
  | { pop: true }
  | { popToRoot: true }
  | { popTo: string };

/** What a card action answers: navigation steps, a notification, a link to open, and whether data changed. */
export interface ActionResultView {
  nav?: NavStep[];
  notify?: string;
  openLink?: string;
  /** Tells Gmail that data changed, so cards it cached (the homepage) are rebuilt when shown again. */
  stateChanged?: boolean;
}
