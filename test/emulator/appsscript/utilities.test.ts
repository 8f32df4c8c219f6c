import { createHash, createVerify, generateKeyPairSync } from 'node:crypto';
import { fixture, ok, ALICE } from './runtime-fixture';

const CODE = `
function sign(text, pem) { return Utilities.computeRsaSha256Signature(text, pem); }
function enc(x) { return [Utilities.base64Encode(x), Utilities.base64EncodeWebSafe(x)]; }
function dec(s) { return [Utilities.base64Decode(s), Utilities.base64DecodeWebSafe(s.replace(/\\+/g, '-').replace(/\\//g, '_'))]; }
function roundTrip(s) { return Utilities.newBlob(Utilities.base64DecodeWebSafe(Utilities.base64EncodeWebSafe(s))).getDataAsString(); }
function badDecode() { try { Utilities.base64Decode('@@@'); return null; } catch (e) { return e.message; } }
function digest(s) { return [Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, s), Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, s)]; }
function blob() { var b = Utilities.newBlob('héllo', 'text/plain', 'a.txt'); b.setName('b.txt');
  return [b.getDataAsString(), b.getContentType(), b.getName(), b.getBytes().length, b.getBytes() instanceof Array]; }
function fmt(ms, tz, p) { return Utilities.formatDate(new Date(ms), tz, p); }
function uuids() { return [Utilities.getUuid(), Utilities.getUuid()]; }
function nap(ms) { var t0 = Date.now(); Utilities.sleep(ms); return Date.now() - t0; }
`;

const signed = (bytes: number[]) => Buffer.from(bytes.map((b) => b & 0xff));

describe('Utilities', () => {
  it('signs with RSA-SHA256 into a signed byte array that node:crypto verifies', () => {
    const { rt } = fixture(CODE);
    const { privateKey, publicKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const sig = ok(rt.run(ALICE, 'sign', ['header.claims', privateKey])) as number[];
    expect(sig).toHaveLength(256);
    expect(sig.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(sig.some((b) => b < 0)).toBe(true);
    expect(createVerify('RSA-SHA256').update('header.claims').verify(publicKey, signed(sig))).toBe(true);
  });

  it('encodes base64 standard and web-safe, keeping the = padding', () => {
    const { rt } = fixture(CODE);
    expect(ok(rt.run(ALICE, 'enc', ['hi?>']))).toEqual(['aGk/Pg==', 'aGk_Pg==']);
    expect(ok(rt.run(ALICE, 'enc', [[-1, -2, 0]]))).toEqual(['//4A', '__4A']);
  });

  it('decodes base64 to signed bytes, and round-trips UTF-8 text', () => {
    const { rt } = fixture(CODE);
    expect(ok(rt.run(ALICE, 'dec', ['//4A']))).toEqual([[-1, -2, 0], [-1, -2, 0]]);
    expect(ok(rt.run(ALICE, 'roundTrip', ['Zoë 👋']))).toBe('Zoë 👋');
    expect(ok(rt.run(ALICE, 'badDecode'))).toBe('Could not decode string.');
  });

  it('computes SHA-256 and MD5 digests as signed bytes', () => {
    const { rt } = fixture(CODE);
    const [sha, md5] = ok(rt.run(ALICE, 'digest', ['abc'])) as number[][];
    expect(signed(sha).toString('hex')).toBe(createHash('sha256').update('abc').digest('hex'));
    expect(signed(md5).toString('hex')).toBe(createHash('md5').update('abc').digest('hex'));
  });

  it('makes blobs with a type and a name', () => {
    const { rt } = fixture(CODE);
    expect(ok(rt.run(ALICE, 'blob'))).toEqual(['héllo', 'text/plain', 'b.txt', 6, true]);
  });

  it('formats dates with a SimpleDateFormat pattern in a time zone', () => {
    const { rt } = fixture(CODE);
    const t = Date.UTC(2026, 6, 4, 22, 5, 9);
    expect(ok(rt.run(ALICE, 'fmt', [t, 'Europe/Paris', "yyyy-MM-dd'T'HH:mm:ssXXX"]))).toBe('2026-07-05T00:05:09+02:00');
    expect(ok(rt.run(ALICE, 'fmt', [t, 'GMT', 'dd/MM/yy HH:mm']))).toBe('04/07/26 22:05');
    expect(ok(rt.run(ALICE, 'fmt', [t, 'America/New_York', 'EEE, d MMM yyyy h:mm a Z']))).toBe('Sat, 4 Jul 2026 6:05 PM -0400');
  });

  it('makes version-4 UUIDs that repeat for the same world seed', () => {
    const a = ok(fixture(CODE).rt.run(ALICE, 'uuids')) as string[];
    const b = ok(fixture(CODE).rt.run(ALICE, 'uuids')) as string[];
    expect(a).toEqual(b);
    expect(a[0]).not.toBe(a[1]);
    expect(a[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sleeps on the virtual clock', () => {
    const { world, rt } = fixture(CODE);
    const before = world.clock.now();
    const r = rt.run(ALICE, 'nap', [1500]);
    expect(r.value).toBe(1500);
    expect(r.virtualMs).toBe(1500);
    expect(world.clock.now() - before).toBe(1500);
  });
});
