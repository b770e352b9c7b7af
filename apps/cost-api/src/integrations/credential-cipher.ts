import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** One AES-256 key and the id every ciphertext made with it carries. */
export interface CredentialKey {
  id: string;
  key: Buffer;
}

/** Which row a ciphertext belongs to: bound as associated data, so one moved to another row fails. */
export interface CredentialOwner {
  orgId: string;
  provider: string;
}

const VERSION = 'v1';
const KEY_ID = /^[A-Za-z0-9_-]{1,64}$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Why a ciphertext could not be opened; never carries key material or plaintext. */
export class CredentialCipherError extends Error {}

/**
 * Reads CREDENTIALS_ENCRYPTION_KEY: `kid:base64-of-32-bytes[,kid:base64…]`. The first key encrypts;
 * every key listed decrypts, so a new key goes first and the old one stays until rotation is done.
 * Errors name the entry by position and id, never its value.
 */
export function parseCredentialKeys(value: string): CredentialKey[] {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) throw new Error('at least one key is needed, as kid:base64-of-32-bytes');
  const keys = entries.map((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon < 0 ? '' : entry.slice(0, colon);
    if (!KEY_ID.test(id))
      throw new Error(`key ${index + 1} needs an id of 1-64 letters, digits, _ or - before a colon`);
    const encoded = entry.slice(colon + 1);
    const key = Buffer.from(encoded, 'base64');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || key.length !== 32)
      throw new Error(`key ${id} must be 32 bytes in base64 (openssl rand -base64 32)`);
    return { id, key };
  });
  const ids = keys.map((k) => k.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) throw new Error(`key id ${repeated} is listed twice`);
  return keys;
}

const b64url = (data: Buffer): string => data.toString('base64url');

/**
 * AES-256-GCM for stored credentials: `v1.<kid>.<iv>.<tag>.<ciphertext>` (base64url parts). The
 * associated data binds the format, key id, org and provider, so neither a swapped key id nor a
 * ciphertext copied to another org's or provider's row decrypts.
 */
export class CredentialCipher {
  private readonly keys: ReadonlyMap<string, Buffer>;
  private readonly currentKey: Buffer;
  readonly currentKeyId: string;

  constructor(keys: readonly CredentialKey[]) {
    const [current] = keys;
    if (!current) throw new Error('CredentialCipher needs at least one key');
    this.currentKeyId = current.id;
    this.currentKey = current.key;
    this.keys = new Map(keys.map((k) => [k.id, k.key]));
  }

  encrypt(plaintext: string, owner: CredentialOwner): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.currentKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(associatedData(this.currentKeyId, owner));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, this.currentKeyId, b64url(iv), b64url(cipher.getAuthTag()), b64url(body)].join('.');
  }

  decrypt(ciphertext: string, owner: CredentialOwner): string {
    const { keyId, iv, tag, body } = parse(ciphertext);
    const key = this.keys.get(keyId);
    if (!key) throw new CredentialCipherError(`no key with id ${keyId} is configured`);
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(keyId, owner));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      throw new CredentialCipherError('the credential does not authenticate (tampered, or not this row’s)');
    }
  }

  /** The ciphertext under the current key; the same string when it already is. */
  reencrypt(ciphertext: string, owner: CredentialOwner): string {
    if (keyIdOf(ciphertext) === this.currentKeyId) return ciphertext;
    return this.encrypt(this.decrypt(ciphertext, owner), owner);
  }
}

/** The id of the key a ciphertext was made with. */
export function keyIdOf(ciphertext: string): string {
  return parse(ciphertext).keyId;
}

function associatedData(keyId: string, owner: CredentialOwner): Buffer {
  return Buffer.from(JSON.stringify([VERSION, keyId, owner.orgId, owner.provider]), 'utf8');
}

function parse(ciphertext: string): { keyId: string; iv: Buffer; tag: Buffer; body: Buffer } {
  const parts = ciphertext.split('.');
  const [version, keyId, iv, tag, body] = parts;
  if (parts.length !== 5 || version !== VERSION || keyId === undefined || !KEY_ID.test(keyId))
    throw new CredentialCipherError('not a v1 credential ciphertext');
  const decoded = {
    keyId,
    iv: Buffer.from(iv ?? '', 'base64url'),
    tag: Buffer.from(tag ?? '', 'base64url'),
    body: Buffer.from(body ?? '', 'base64url'),
  };
  if (decoded.iv.length !== IV_BYTES || decoded.tag.length !== TAG_BYTES)
    throw new CredentialCipherError('not a v1 credential ciphertext');
  return decoded;
}
