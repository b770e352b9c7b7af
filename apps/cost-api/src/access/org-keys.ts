import { createHash, randomBytes } from 'node:crypto';

/** Every organization key starts so, which tells it from the root key and other Slipway keys. */
export const ORG_KEY_PREFIX = 'slwo_';
/** How much of a key is kept in clear to find it in a list (`slwo_` and 8 more characters). */
const SHOWN_PREFIX_LENGTH = ORG_KEY_PREFIX.length + 8;

export interface NewOrgKey {
  /** The key itself: shown once, never stored. */
  secret: string;
  prefix: string;
  hash: string;
}

export const hashOrgKey = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** A new organization key: 32 random bytes, stored only as its SHA-256 and its first characters. */
export function newOrgKey(): NewOrgKey {
  const secret = `${ORG_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, SHOWN_PREFIX_LENGTH), hash: hashOrgKey(secret) };
}

/** Whether a presented value can be an organization key at all (before asking data-api). */
export const looksLikeOrgKey = (value: string): boolean =>
  value.startsWith(ORG_KEY_PREFIX) && value.length === ORG_KEY_PREFIX.length + 43;
