// Italiano.
import type { Catalog } from './en';

export const IT: Catalog = {
  'app.name': 'Shared Labels',
  'home.subtitle': 'Accesso come {user}',
  'home.myLabels': 'Le mie etichette',
  'home.noLabels': 'Non hai ancora etichette. Le etichette che crei in Google Contatti compaiono qui.',
  'home.contactCount': '{count} contatti',
  'home.open': 'Apri',
  'label.contacts': 'Contatti',
  'label.empty': 'Questa etichetta non ha ancora contatti.',
  'label.notFound': 'Questa etichetta non esiste più nei tuoi Google Contatti.',
  'label.back': 'Indietro',
  'help.title': 'Guida',
  'help.what': 'Condividi un’etichetta di Google Contatti come condividi un documento Google: ogni collaboratore trova i contatti nei propri Google Contatti, su ogni telefono.',
  'help.roles': 'Ruoli: i lettori vedono e commentano; gli editor modificano e aggiungono contatti; chi può eliminare li rimuove anche; i gestori condividono; il proprietario rinomina, elimina e trasferisce.',
  'help.sync': 'Le copie si aggiornano ogni ora. Una modifica non consentita fatta in Google Contatti viene annullata alla sincronizzazione successiva.',
  'settings.title': 'Impostazioni',
  'settings.account': 'Accesso come',
  'settings.domain': 'Dominio',
  'gmail.title': 'Persone in questo messaggio',
  'error.generic': 'Si è verificato un problema: {message}',
};
