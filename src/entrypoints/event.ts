// The add-on event object, in Google's shape (https://developers.google.com/workspace/add-ons/concepts/event-objects).
// formInputs follow Google's schema (`formInputs[name].stringInputs.value: string[]`), not the DefinitelyTyped one.

export interface StringInputs {
  stringInputs?: { value: string[] };
}

export interface CommonEventObject {
  userLocale?: string;
  timeZone?: { id: string; offset: number };
  platform?: 'WEB' | 'IOS' | 'ANDROID';
  hostApp?: string;
  parameters?: Record<string, string>;
  formInputs?: Record<string, StringInputs>;
}

export interface AddonEvent {
  commonEventObject?: CommonEventObject;
  gmail?: {
    messageId?: string;
    threadId?: string;
    accessToken?: string;
    toRecipients?: string[];
    ccRecipients?: string[];
    bccRecipients?: string[];
  };
  /** Legacy top-level copy of the action parameters, still sent by Google. */
  parameters?: Record<string, string>;
}

/** The action's parameters: untrusted input, never an identity. */
export function eventParams(e: AddonEvent | undefined): Record<string, string> {
  return { ...(e?.parameters ?? {}), ...(e?.commonEventObject?.parameters ?? {}) };
}

/** The first value of a form input, or undefined. */
export function formValue(e: AddonEvent | undefined, name: string): string | undefined {
  return e?.commonEventObject?.formInputs?.[name]?.stringInputs?.value?.[0];
}

export function eventLocale(e: AddonEvent | undefined): string {
  return e?.commonEventObject?.userLocale ?? 'en';
}

export function eventTimeZone(e: AddonEvent | undefined): string {
  return e?.commonEventObject?.timeZone?.id ?? 'Etc/UTC';
}
