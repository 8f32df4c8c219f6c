// Every card entry point (homepage, contextual and universal triggers, card actions), by name.
import { CONTACT_ENTRY_POINTS } from './contact';
import { FEED_ENTRY_POINTS } from './feed';
import { GMAIL_ENTRY_POINTS } from './gmail';
import { HOME_ENTRY_POINTS } from './home';
import { LABEL_ENTRY_POINTS } from './label';
import { SETTINGS_ENTRY_POINTS } from './settings';
import { SHARING_ENTRY_POINTS } from './sharing';

export const CARD_ENTRY_POINTS = {
  ...HOME_ENTRY_POINTS,
  ...LABEL_ENTRY_POINTS,
  ...CONTACT_ENTRY_POINTS,
  ...SHARING_ENTRY_POINTS,
  ...GMAIL_ENTRY_POINTS,
  ...SETTINGS_ENTRY_POINTS,
  ...FEED_ENTRY_POINTS,
};
