import { createHmac, timingSafeEqual } from 'node:crypto';

/** The headers of a signed webhook (lower case, as Node reads them). */
export const WEBHOOK_HEADERS = {
  timestamp: 'x-slipway-timestamp',
  signature: 'x-slipway-signature',
  event: 'x-slipway-event',
  delivery: 'x-slipway-delivery',
} as const;

/** Receivers should refuse a timestamp further than this from their clock (a replayed request). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** `v1=` and the hex HMAC-SHA256, keyed by the signing secret, of `<timestamp>.<raw body>`. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does: the timestamp within the tolerance of `now`, and one of the header's
 * comma-separated `v1=` signatures equal (in constant time) to the one computed over the raw body.
 */
export function verifyWebhookSignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  now: Date = new Date(),
  toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds)
    return false;
  const expected = Buffer.from(webhookSignature(secret, timestamp, body));
  return (headers.signature ?? '')
    .split(',')
    .map((part) => Buffer.from(part.trim()))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
}
