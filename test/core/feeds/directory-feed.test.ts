// The directory source: active users only, with names, primary and alias addresses, phones, title, department, location.
import { InMemoryDirectory } from '../../../src/adapters/in-memory-directory';
import { DirectoryFeed } from '../../../src/core/feed/directory-feed';
import { checkSource } from '../../../src/core/feed/row-check';
import { thrown } from '../../support/errors';

describe('DirectoryFeed', () => {
  it('reads every active user and leaves suspended and archived ones out', () => {
    const dir = new InMemoryDirectory('example.com');
    dir.addUser({
      email: 'ann@example.com',
      givenName: 'Ann',
      familyName: 'Lee',
      aliases: ['a.lee@example.com'],
      phones: [{ value: '+39 02 1234 5678', type: 'work' }, { value: '+39 333 1234567', type: 'mobile' }, { value: '+39 02 8765 4321', type: 'work_fax' }],
      title: 'Buyer',
      department: 'Purchasing',
      location: 'Milan, 3rd floor',
    });
    dir.addUser({ email: 'bo@example.com', givenName: 'Bo', familyName: 'Ode', state: 'suspended' });
    dir.addUser({ email: 'cy@example.com', givenName: 'Cy', familyName: 'Dee', state: 'archived' });
    dir.addUser({ email: 'di@example.com', givenName: 'Di', familyName: 'Eve' });
    const read = new DirectoryFeed(dir).read();
    expect(read.records.map((r) => r.person.emailAddresses[0].value)).toEqual(['ann@example.com', 'di@example.com']);
    expect(read.records[0].person).toEqual({
      names: { givenName: 'Ann', familyName: 'Lee' },
      emailAddresses: [
        { value: 'ann@example.com', type: 'work' },
        { value: 'a.lee@example.com', type: 'work' },
      ],
      phoneNumbers: [
        { value: '+39 02 1234 5678', type: 'work' },
        { value: '+39 333 1234567', type: 'mobile' },
        { value: '+39 02 8765 4321', type: 'workFax' },
      ],
      organizations: [{ title: 'Buyer', department: 'Purchasing' }],
      addresses: [],
      urls: [],
      userDefined: [{ key: 'Location', value: 'Milan, 3rd floor' }],
    });
    const checked = checkSource(read);
    // Keyed by the primary address; the alias lets a renamed account keep its contact.
    expect(checked.rows[0].ok && [checked.rows[0].key, checked.rows[0].altKeys]).toEqual(['email:ann@example.com', ['email:a.lee@example.com']]);
  });

  it('has a version that moves only when what it imports moves', () => {
    const dir = new InMemoryDirectory('example.com');
    dir.addUser({ email: 'ann@example.com', givenName: 'Ann' });
    const v1 = new DirectoryFeed(dir).read().version;
    expect(new DirectoryFeed(dir).read().version).toBe(v1);
    dir.addUser({ email: 'bo@example.com', state: 'suspended' });
    expect(new DirectoryFeed(dir).read().version).toBe(v1);
    dir.addUser({ email: 'ann@example.com', givenName: 'Anna' });
    expect(new DirectoryFeed(dir).read().version).not.toBe(v1);
  });

  it('refuses an empty directory rather than emptying the label', () => {
    expect(thrown(() => new DirectoryFeed(new InMemoryDirectory('example.com')).read()).key).toBe('error.feed.empty');
  });
});
