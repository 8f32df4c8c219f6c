import { emailDomain, isValidEmail, normalizeEmail } from '../../src/core/email';

describe('isValidEmail', () => {
  it.each(['ann@client.test', 'ann.lee+crm@mail.client.co.uk', "o'brien@example.ie", 'ünïcode@exämple.de', ' spaced@example.com '])(
    'accepts %s',
    (value) => expect(isValidEmail(value)).toBe(true),
  );

  it.each(['', 'ann', 'ann@', '@x.com', 'ann@x', 'a b@x.com', 'a..b@x.com', '.a@x.com', 'a@-x.com', 'a@x.123', `${'l'.repeat(65)}@x.com`])(
    'refuses "%s"',
    (value) => expect(isValidEmail(value)).toBe(false),
  );
});

describe('normalizeEmail and emailDomain', () => {
  it('trims and case-folds, and finds the domain', () => {
    expect(normalizeEmail('  Ann@Client.TEST ')).toBe('ann@client.test');
    expect(emailDomain('Ann@Client.TEST')).toBe('client.test');
    expect(emailDomain('nobody')).toBe('');
  });
});
