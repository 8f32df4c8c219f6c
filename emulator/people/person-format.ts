// Output-only values Google computes on read (displayName, formattedType, canonicalForm, …), so clients see what they would
// see from Google and must not echo them back as data. Read-only properties are those the discovery document marks `readOnly`.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { DISCOVERY } from '../core/discovery';

type Item = Record<string, unknown>;

interface SchemaProp {
  readOnly?: boolean;
  items?: { $ref?: string };
}

const schemas = DISCOVERY.people.schemas as Record<string, { properties?: Record<string, SchemaProp> }>;

/** Per Person field, the item properties the discovery document marks read-only (stripped from writes). */
export const READ_ONLY_ITEM_PROPS: Record<string, string[]> = Object.fromEntries(
  Object.entries(schemas.Person.properties ?? {})
    .filter(([, v]) => v.items?.$ref)
    .map(([k, v]) => [
      k,
      Object.entries(schemas[v.items?.$ref ?? '']?.properties ?? {})
        .filter(([, p]) => p.readOnly)
        .map(([name]) => name),
    ]),
);

// prettier-ignore
const TYPE_LABELS: Record<string, string> = {
  home: 'Home', work: 'Work', other: 'Other', mobile: 'Mobile', main: 'Main', homeFax: 'Home Fax', workFax: 'Work Fax',
  otherFax: 'Other Fax', pager: 'Pager', workMobile: 'Work Mobile', workPager: 'Work Pager', googleVoice: 'Google Voice',
  school: 'School', blog: 'Blog', homePage: 'Home Page', profile: 'Profile', appInstallPage: 'App Install Page',
  reservations: 'Reservations', ftp: 'FTP', anniversary: 'Anniversary', spouse: 'Spouse', child: 'Child',
  mother: 'Mother', father: 'Father', parent: 'Parent', brother: 'Brother', sister: 'Sister', friend: 'Friend',
  relative: 'Relative', domesticPartner: 'Domestic Partner', manager: 'Manager', assistant: 'Assistant',
  referredBy: 'Referred by', partner: 'Partner', freeBusy: 'Free/Busy', account: 'Account', customer: 'Customer',
  network: 'Network', organization: 'Organization', loginId: 'Login ID', hobby: 'Hobby', jot: 'Jot',
  billingInformation: 'Billing Information', directoryServer: 'Directory Server', mileage: 'Mileage',
  sensitivity: 'Sensitivity', subject: 'Subject', outlookPriority: 'Outlook Priority', user: 'User',
};

// prettier-ignore
const PROTOCOL_LABELS: Record<string, string> = {
  aim: 'AIM', msn: 'MSN', yahoo: 'Yahoo', skype: 'Skype', qq: 'QQ', googleTalk: 'Google Talk', icq: 'ICQ',
  jabber: 'Jabber', netMeeting: 'NetMeeting',
};

const GENDER_LABELS: Record<string, string> = { male: 'Male', female: 'Female', unspecified: 'Unspecified' };

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * Google splits a lone `unstructuredName` into given and family names on write (a mononym stays a given name),
 * so a later read returns the structured parts.
 */
export function splitUnstructuredName(name: Item): Item {
  const structured = ['givenName', 'familyName', 'middleName', 'honorificPrefix', 'honorificSuffix'].some(
    (k) => str(name[k]),
  );
  const whole = str(name.unstructuredName);
  if (structured || !whole) return name;
  const words = whole.split(/\s+/);
  const out: Item = { ...name, givenName: words.length > 1 ? words.slice(0, -1).join(' ') : words[0] };
  if (words.length > 1) out.familyName = words[words.length - 1];
  return out;
}

function nameDisplay(n: Item): Item {
  const prefix = str(n.honorificPrefix);
  const given = str(n.givenName);
  const middle = str(n.middleName);
  const family = str(n.familyName);
  const suffix = str(n.honorificSuffix);
  const display =
    [prefix, given, middle, family, suffix].filter(Boolean).join(' ') || str(n.unstructuredName);
  if (!display) return n;
  const firstPart = [prefix, given, middle].filter(Boolean).join(' ');
  const lastFirst = family
    ? [family, firstPart].filter(Boolean).join(', ') + (suffix ? `, ${suffix}` : '')
    : display;
  return {
    ...n,
    displayName: display,
    displayNameLastFirst: lastFirst,
    unstructuredName: n.unstructuredName ?? display,
  };
}

function canonicalPhone(value: unknown, region: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = parsePhoneNumberFromString(value, region as CountryCode);
  return parsed && parsed.isValid() ? parsed.number : undefined;
}

/** Adds the output-only values of one stored item of `field`. */
export function withComputed(field: string, item: Item, phoneRegion: string): Item {
  let out: Item = { ...item };
  if (field === 'names') out = nameDisplay(out);
  if (typeof out.type === 'string' && out.type && READ_ONLY_ITEM_PROPS[field]?.includes('formattedType')) {
    out.formattedType = TYPE_LABELS[out.type] ?? out.type;
  }
  if (field === 'phoneNumbers') {
    const canonical = canonicalPhone(out.value, phoneRegion);
    if (canonical) out.canonicalForm = canonical;
  }
  if (field === 'imClients' && typeof out.protocol === 'string' && out.protocol) {
    out.formattedProtocol = PROTOCOL_LABELS[out.protocol] ?? out.protocol;
  }
  if (field === 'genders' && typeof out.value === 'string' && out.value) {
    out.formattedValue = GENDER_LABELS[out.value] ?? out.value;
  }
  return out;
}
