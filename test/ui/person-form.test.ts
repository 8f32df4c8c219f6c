// The contact form: a new contact from its fields; an edit sends only the fields whose text changed, keeping what the
// form cannot show (types, an address's parts, a department, a middle name).
import type { MasterPerson } from '../../src/core/person';
import { changedPerson, emptyForm, formValuesOf, personFromForm, splitName } from '../../src/ui/person-form';

const ann: MasterPerson = {
  names: { givenName: 'Ann', middleName: 'M', familyName: 'Lee' },
  emailAddresses: [{ value: 'ann@lee.test', type: 'work' }, { value: 'ann@home.test', type: 'home' }],
  phoneNumbers: [{ value: '+39 02 1234 5678', type: 'mobile' }],
  organizations: [{ name: 'ACME', title: 'CEO', department: 'Board' }],
  addresses: [{ streetAddress: 'Via Roma 1', postalCode: '20100', city: 'Milano', country: 'Italy', type: 'work' }],
  biographies: 'Met at the fair',
  urls: [],
  userDefined: [],
};

describe('the contact form', () => {
  it('builds a new contact from the fields, several values split by commas or lines', () => {
    const v = { ...emptyForm(), givenName: 'Bea', familyName: 'Ray', emails: 'bea@ray.test, b@ray.test', phones: '+31 10 234 5678\n+31 6 1234 5678', company: 'Ray BV', address: 'Keizersgracht 1\n1015 Amsterdam', notes: 'Likes tea' };
    expect(personFromForm(v)).toEqual({
      names: [{ givenName: 'Bea', familyName: 'Ray' }],
      emailAddresses: [{ value: 'bea@ray.test' }, { value: 'b@ray.test' }],
      phoneNumbers: [{ value: '+31 10 234 5678' }, { value: '+31 6 1234 5678' }],
      organizations: [{ name: 'Ray BV' }],
      addresses: [{ formattedValue: 'Keizersgracht 1, 1015 Amsterdam' }],
      biographies: [{ value: 'Likes tea', contentType: 'TEXT_PLAIN' }],
    });
  });

  it('shows a contact in the fields and sends nothing when nothing changed', () => {
    const v = formValuesOf(ann);
    expect(v).toEqual({ givenName: 'Ann', familyName: 'Lee', emails: 'ann@lee.test, ann@home.test', phones: '+39 02 1234 5678', company: 'ACME', jobTitle: 'CEO', address: 'Via Roma 1, 20100 Milano, Italy', notes: 'Met at the fair' });
    expect(changedPerson(ann, v)).toEqual({});
    expect(changedPerson(ann, { ...v, address: 'Via Roma 1,\n20100 Milano, Italy ' })).toEqual({});
  });

  it('sends only the changed fields, keeping types and the department', () => {
    const v = { ...formValuesOf(ann), emails: 'ann@lee.test, ann@new.test', jobTitle: 'Chair' };
    expect(changedPerson(ann, v)).toEqual({
      emailAddresses: [{ value: 'ann@lee.test', type: 'work' }, { value: 'ann@new.test' }],
      organizations: [{ name: 'ACME', title: 'Chair', department: 'Board' }],
    });
  });

  it('clears a field emptied in the form', () => {
    expect(changedPerson(ann, { ...formValuesOf(ann), notes: '  ', phones: '' })).toEqual({ phoneNumbers: [], biographies: [] });
  });

  it('splits a header name into first and last name', () => {
    expect(splitName('Ann Marie Lee')).toEqual({ givenName: 'Ann Marie', familyName: 'Lee' });
    expect(splitName('"Reception"')).toEqual({ givenName: 'Reception', familyName: '' });
    expect(splitName('')).toEqual({ givenName: '', familyName: '' });
  });
});
