import { createHmac, timingSafeEqual } from 'node:crypto';

/** Constant-time check of a hex HMAC-SHA256 of the exact body bytes; `prefix` is "sha256=" for GitHub. */
export function validSignature(
  body: Buffer,
  header: string | undefined,
  secret: string,
  prefix = '',
): boolean {
  if (header === undefined || !header.startsWith(prefix)) return false;
  const given = header.slice(prefix.length);
  if (!/^[0-9a-f]{64}$/i.test(given)) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(Buffer.from(given, 'hex'), expected);
}
