// The card a screen shows, as plain data: view code builds it, the CardService adapter renders it.
// Keeping cards as data lets every screen be tested without Apps Script.
import type { EntryPointName } from '../entrypoints/names';

/** A call back into the add-on: the function must be an entry point (checked by the compiler). */
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
      icon?: string;
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
  widgets: WidgetView[];
}

export interface CardView {
  name?: string;
  header: { title: string; subtitle?: string; imageUrl?: string };
  sections: SectionView[];
  footer?: { primary: ButtonView; secondary?: ButtonView };
}

/** What an action answers: a card to show (pushed, or replacing the current one), a notification, a link. */
export interface ActionResultView {
  navigate?: 'push' | 'update' | 'pop' | 'popToRoot';
  card?: CardView;
  notify?: string;
  openLink?: string;
  stateChanged?: boolean;
}
