import { randomBytes } from 'node:crypto';
import {
  CredentialCipher,
  CredentialCipherError,
  keyIdOf,
  parseCredentialKeys,
  type CredentialKey,
} from './credential-cipher';

const key = (id: string): CredentialKey => ({ id, key: randomBytes(32) });
const OWNER = { orgId: '7c7d2c52-2a59-4c0e-9a43-0c5b1a0f6b10', provider: 'openai' };
const SECRET = '{"api_key":"sk-test-0123456789abcdef"}';

describe('parseCredentialKeys', () => {
  const b64 = randomBytes(32).toString('base64');

  it('reads one or more kid:base64 entries, the first being current', () => {
    const keys = parseCredentialKeys(`k2:${b64}, k1:${randomBytes(32).toString('base64')}`);
    expect(keys.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(keys[0]?.key.equals(Buffer.from(b64, 'base64'))).toBe(true);
  });

  it.each([
    ['nothing', '', /at least one key/],
    ['a key without an id', b64, /key 1 needs an id/],
    ['a short key', 'k1:c2hvcnQ=', /key k1 must be 32 bytes/],
    ['an id with a dot', `k.1:${b64}`, /key 1 needs an id/],
    ['an id twice', `k1:${b64},k1:${b64}`, /listed twice/],
  ])('refuses %s, echoing no key material', (_case, value, message) => {
    expect(() => parseCredentialKeys(value)).toThrow(message);
    expect(() => parseCredentialKeys(value)).not.toThrow(b64);
  });
});

describe('CredentialCipher', () => {
  const k1 = key('k1');
  const cipher = new CredentialCipher([k1]);

  it('round-trips, with the key id in the clear and a fresh IV each time', () => {
    const first = cipher.encrypt(SECRET, OWNER);
    const second = cipher.encrypt(SECRET, OWNER);
    expect(first).toMatch(/^v1\.k1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('sk-test');
    expect(keyIdOf(first)).toBe('k1');
    expect(cipher.decrypt(first, OWNER)).toBe(SECRET);
  });

  it('refuses a ciphertext of a key it does not hold', () => {
    const other = new CredentialCipher([key('k9')]).encrypt(SECRET, OWNER);
    expect(() => cipher.decrypt(other, OWNER)).toThrow(
      new CredentialCipherError('no key with id k9 is configured'),
    );
  });

  it('refuses a key id swapped for another it holds (the id is authenticated)', () => {
    const both = new CredentialCipher([k1, { id: 'k2', key: k1.key }]);
    const swapped = cipher.encrypt(SECRET, OWNER).replace(/^v1\.k1\./, 'v1.k2.');
    expect(() => both.decrypt(swapped, OWNER)).toThrow(CredentialCipherError);
  });

  it('refuses a tampered tag or body', () => {
    const parts = cipher.encrypt(SECRET, OWNER).split('.');
    const flip = (text: string) => {
      const bytes = Buffer.from(text, 'base64url');
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return bytes.toString('base64url');
    };
    const tag = [...parts.slice(0, 3), flip(parts[3] ?? ''), parts[4]].join('.');
    const body = [...parts.slice(0, 4), flip(parts[4] ?? '')].join('.');
    expect(() => cipher.decrypt(tag, OWNER)).toThrow(/does not authenticate/);
    expect(() => cipher.decrypt(body, OWNER)).toThrow(/does not authenticate/);
  });

  it('refuses a ciphertext moved to another org’s or provider’s row', () => {
    const sealed = cipher.encrypt(SECRET, OWNER);
    expect(() => cipher.decrypt(sealed, { ...OWNER, orgId: '00000000-0000-0000-0000-000000000000' })).toThrow(
      /does not authenticate/,
    );
    expect(() => cipher.decrypt(sealed, { ...OWNER, provider: 'anthropic' })).toThrow(
      /does not authenticate/,
    );
  });

  it('refuses what is not a v1 ciphertext', () => {
    expect(() => cipher.decrypt('plain text', OWNER)).toThrow(/not a v1/);
    expect(() => cipher.decrypt('v2.k1.a.b.c', OWNER)).toThrow(/not a v1/);
  });

  it('rotates: re-encrypts under the new first key, which the old ring cannot open', () => {
    const old = cipher.encrypt(SECRET, OWNER);
    const k2 = key('k2');
    const rotated = new CredentialCipher([k2, k1]);
    const fresh = rotated.reencrypt(old, OWNER);
    expect(keyIdOf(fresh)).toBe('k2');
    expect(rotated.decrypt(fresh, OWNER)).toBe(SECRET);
    expect(rotated.reencrypt(fresh, OWNER)).toBe(fresh);
    expect(() => cipher.decrypt(fresh, OWNER)).toThrow(/no key with id k2/);
    expect(new CredentialCipher([k2]).decrypt(fresh, OWNER)).toBe(SECRET);
  });
});
