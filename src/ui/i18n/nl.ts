// Nederlands.
import type { Catalog } from './en';

export const NL: Catalog = {
  'app.name': 'Shared Labels',
  'home.subtitle': 'Ingelogd als {user}',
  'home.myLabels': 'Mijn labels',
  'home.noLabels': 'Je hebt nog geen labels. Labels die je in Google Contacten maakt, verschijnen hier.',
  'home.contactCount': '{count} contacten',
  'home.open': 'Openen',
  'label.contacts': 'Contacten',
  'label.empty': 'Dit label heeft nog geen contacten.',
  'label.notFound': 'Dit label bestaat niet meer in je Google Contacten.',
  'label.back': 'Terug',
  'help.title': 'Help',
  'help.what': 'Deel een label van Google Contacten zoals je een Google-document deelt: elke medewerker vindt de contacten in zijn eigen Google Contacten, op elke telefoon.',
  'help.roles': 'Rollen: lezers zien en reageren; bewerkers wijzigen en voegen contacten toe; verwijderaars verwijderen ze ook; beheerders delen; de eigenaar hernoemt, verwijdert en draagt over.',
  'help.sync': 'Kopieën worden elk uur bijgewerkt. Een wijziging in Google Contacten die je niet mag doen, wordt bij de volgende synchronisatie teruggezet.',
  'settings.title': 'Instellingen',
  'settings.account': 'Ingelogd als',
  'settings.domain': 'Domein',
  'gmail.title': 'Personen in dit bericht',
  'error.generic': 'Er ging iets mis: {message}',
};
