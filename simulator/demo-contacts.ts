// The demo domain's own Google Contacts: realistic people from several countries and scripts, as alice and bob keep them.

export type DemoPerson = GoogleAppsScript.People.Schema.Person;

export interface DemoAddressBook {
  /** Labels the user made in Google Contacts, and which of the contacts below (by index) carry them. */
  labels: Array<{ name: string; members: number[] }>;
  contacts: DemoPerson[];
}

function person(
  given: string,
  family: string,
  extra: { email?: string; phone?: string; phoneType?: string; org?: string; title?: string; city?: string; country?: string; cc?: string; note?: string },
): DemoPerson {
  const p: DemoPerson = { names: [{ givenName: given, familyName: family }] };
  if (extra.email) p.emailAddresses = [{ value: extra.email, type: 'work' }];
  if (extra.phone) p.phoneNumbers = [{ value: extra.phone, type: extra.phoneType ?? 'work' }];
  if (extra.org) p.organizations = [{ name: extra.org, title: extra.title }];
  if (extra.city) p.addresses = [{ city: extra.city, country: extra.country, countryCode: extra.cc, type: 'work' }];
  if (extra.note) p.biographies = [{ value: extra.note, contentType: 'TEXT_PLAIN' }];
  return p;
}

export const ALICE_CONTACTS: DemoAddressBook = {
  labels: [{ name: 'Tennis club', members: [1, 9] }],
  contacts: [
    person('Giulia', 'Bianchi', { email: 'giulia.bianchi@studiobianchi.it', phone: '+39 02 8765 4321', org: 'Studio Bianchi', title: 'Architetta', city: 'Milano', country: 'Italia', cc: 'IT' }),
    person('Marco', 'Esposito', { email: 'marco.esposito@gmail.com', phone: '+39 333 123 4567', phoneType: 'mobile', city: 'Napoli', country: 'Italia', cc: 'IT' }),
    person('Jan', 'Jansen', { email: 'jan@jansenlogistiek.nl', phone: '+31 20 555 0142', org: 'Jansen Logistiek B.V.', title: 'Directeur', city: 'Amsterdam', country: 'Nederland', cc: 'NL' }),
    person('Sophie', 'Müller', { email: 'sophie.mueller@beispiel.de', phone: '+49 30 12345678', org: 'Beispiel GmbH', title: 'Einkauf', city: 'Berlin', country: 'Deutschland', cc: 'DE' }),
    person('François', 'Dupont', { email: 'f.dupont@exemple.fr', phone: '+33 1 42 68 53 00', org: 'Exemple SARL', city: 'Paris', country: 'France', cc: 'FR' }),
    person('由紀', '田中', { email: 'yuki.tanaka@example.jp', phone: '+81 3-1234-5678', org: '株式会社サンプル', city: '東京', country: '日本', cc: 'JP', note: 'Yuki Tanaka — prefers e-mail' }),
    person('Ana', 'García López', { email: 'ana.garcia@ejemplo.es', phone: '+34 912 34 56 78', org: 'Ejemplo S.L.', city: 'Madrid', country: 'España', cc: 'ES' }),
    person('Priya', 'Sharma', { email: 'priya.sharma@example.in', phone: '+91 98765 43210', phoneType: 'mobile', org: 'Sample Tech Pvt Ltd', city: 'Bengaluru', country: 'India', cc: 'IN' }),
    person('Lucas', 'Oliveira', { email: 'lucas.oliveira@exemplo.com.br', phone: '+55 11 91234-5678', phoneType: 'mobile', city: 'São Paulo', country: 'Brasil', cc: 'BR' }),
    person('Emily', 'Johnson', { email: 'emily.johnson@example.com', phone: '+1 415-555-0132', org: 'Example Inc.', title: 'Account manager', city: 'San Francisco', country: 'United States', cc: 'US' }),
  ],
};

export const BOB_CONTACTS: DemoAddressBook = {
  labels: [{ name: 'Family', members: [1, 2] }],
  contacts: [
    person('Pieter', 'van den Berg', { email: 'pieter@vandenberg.nl', phone: '+31 6 12345678', phoneType: 'mobile', city: 'Utrecht', country: 'Nederland', cc: 'NL' }),
    person('Anneke', 'de Vries', { email: 'anneke.devries@gmail.com', phone: '+31 10 234 5678', phoneType: 'home', city: 'Rotterdam', country: 'Nederland', cc: 'NL' }),
    person('Daan', 'de Vries', { phone: '+31 6 98765432', phoneType: 'mobile' }),
    person('Klaus', 'Becker', { email: 'k.becker@maschinenbau-becker.de', phone: '+49 89 1234567', org: 'Maschinenbau Becker GmbH', city: 'München', country: 'Deutschland', cc: 'DE' }),
    person('Ingrid', 'Johansson', { email: 'ingrid.johansson@exempel.se', phone: '+46 8 123 456 78', city: 'Stockholm', country: 'Sverige', cc: 'SE' }),
    person('Søren', 'Nielsen', { email: 'soren@eksempel.dk', phone: '+45 32 12 34 56', city: 'København', country: 'Danmark', cc: 'DK' }),
    person('Ольга', 'Петрова', { email: 'olga.petrova@example.ru', phone: '+7 495 123-45-67', city: 'Москва', country: 'Россия', cc: 'RU' }),
    person('伟', '陈', { email: 'chen.wei@example.cn', phone: '+86 10 1234 5678', org: '示例有限公司', city: '北京', country: '中国', cc: 'CN' }),
    person('Fatima', 'Zahra', { email: 'fatima.zahra@exemple.ma', phone: '+212 5 22 12 34 56', city: 'Casablanca', country: 'Maroc', cc: 'MA' }),
  ],
};
