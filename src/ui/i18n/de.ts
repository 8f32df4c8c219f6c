// Deutsch.
import type { Catalog } from './en';

export const DE: Catalog = {
  'app.name': 'Shared Labels',
  'home.subtitle': 'Angemeldet als {user}',
  'home.myLabels': 'Meine Labels',
  'home.noLabels': 'Sie haben noch keine Labels. Labels, die Sie in Google Kontakte anlegen, erscheinen hier.',
  'home.contactCount': '{count} Kontakte',
  'home.open': 'Öffnen',
  'label.contacts': 'Kontakte',
  'label.empty': 'Dieses Label hat noch keine Kontakte.',
  'label.notFound': 'Dieses Label gibt es in Ihren Google Kontakten nicht mehr.',
  'label.back': 'Zurück',
  'help.title': 'Hilfe',
  'help.what': 'Teilen Sie ein Label aus Google Kontakte wie ein Google-Dokument: Jede Person findet die Kontakte in ihren eigenen Google Kontakten, auf jedem Telefon.',
  'help.roles': 'Rollen: Betrachter sehen und kommentieren; Bearbeiter ändern und fügen Kontakte hinzu; Löscher entfernen sie auch; Manager teilen; der Eigentümer benennt um, löscht und überträgt.',
  'help.sync': 'Kopien werden stündlich aktualisiert. Eine in Google Kontakte vorgenommene, nicht erlaubte Änderung wird bei der nächsten Synchronisierung zurückgesetzt.',
  'settings.title': 'Einstellungen',
  'settings.account': 'Angemeldet als',
  'settings.domain': 'Domain',
  'gmail.title': 'Personen in dieser Nachricht',
  'error.generic': 'Etwas ist schiefgelaufen: {message}',
};
