import { assignSeats } from '../../src/core/seats';

describe('assignSeats', () => {
  it('seats accounts in grant order, earliest first', () => {
    const result = assignSeats({
      seats: 2,
      accounts: [
        { email: 'carol@example.com', firstGrantAt: '2024-03-01T00:00:00Z' },
        { email: 'alice@example.com', firstGrantAt: '2024-01-01T00:00:00Z' },
        { email: 'bob@example.com', firstGrantAt: '2024-02-01T00:00:00Z' },
      ],
    });
    expect([...result.seated]).toEqual(['alice@example.com', 'bob@example.com']);
    expect([...result.unseated]).toEqual(['carol@example.com']);
    expect(result.used).toBe(2);
    expect(result.free).toBe(0);
  });

  it('counts an account once however many labels it owns or receives, at its earliest grant', () => {
    const result = assignSeats({
      seats: 1,
      accounts: [
        { email: 'bob@example.com', firstGrantAt: 2000 },
        { email: 'alice@example.com', firstGrantAt: 1500 },
        { email: 'Bob@Example.com', firstGrantAt: 1000 },
      ],
    });
    expect([...result.seated]).toEqual(['bob@example.com']);
    expect([...result.unseated]).toEqual(['alice@example.com']);
  });

  it('keeps the given order for grants made at the same moment', () => {
    const result = assignSeats({
      seats: 2,
      accounts: ['z@x.com', 'a@x.com', 'm@x.com'].map((email) => ({ email, firstGrantAt: 5 })),
    });
    expect([...result.seated]).toEqual(['z@x.com', 'a@x.com']);
  });

  it('seats everyone and reports unlimited free seats when seats are unlimited', () => {
    const result = assignSeats({
      seats: 'unlimited',
      accounts: [{ email: 'a@x.com', firstGrantAt: 1 }, { email: 'b@x.com', firstGrantAt: 2 }],
    });
    expect(result.seated.size).toBe(2);
    expect(result.unseated.size).toBe(0);
    expect(result.free).toBe('unlimited');
  });

  it('reports free seats when there are more seats than accounts', () => {
    const result = assignSeats({ seats: 5, accounts: [{ email: 'a@x.com', firstGrantAt: 1 }] });
    expect(result).toMatchObject({ used: 1, free: 4 });
  });

  it('puts a corrupt timestamp last rather than first', () => {
    const result = assignSeats({
      seats: 1,
      accounts: [{ email: 'bad@x.com', firstGrantAt: 'not a date' }, { email: 'good@x.com', firstGrantAt: '2024-01-01' }],
    });
    expect([...result.seated]).toEqual(['good@x.com']);
  });
});
