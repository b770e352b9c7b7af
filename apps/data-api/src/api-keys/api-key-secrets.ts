import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const PREFIX_LENGTH = 12;
const SECRET_LENGTH = 40;

const randomText = (length: number): string =>
  Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** A new key `slw_<prefix>_<secret>`: the prefix finds the row, the SHA-256 of the whole key proves it. */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomText(PREFIX_LENGTH);
  const key = `slw_${prefix}_${randomText(SECRET_LENGTH)}`;
  return { key, prefix, hash: hashKey(key) };
}

export const prefixOf = (key: string): string | undefined =>
  /^slw_([A-Za-z0-9]+)_[A-Za-z0-9]+$/.exec(key)?.[1];

export const hashMatches = (key: string, storedHash: string): boolean =>
  timingSafeEqual(Buffer.from(hashKey(key), 'hex'), Buffer.from(storedHash, 'hex'));
