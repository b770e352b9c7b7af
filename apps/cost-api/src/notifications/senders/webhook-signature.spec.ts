import { createHmac } from 'node:crypto';
import { verifyWebhookSignature, webhookSignature } from './webhook-signature';

const SECRET = 'whsec-unit-0123456789abcdef0123';
const BODY = '{"id":"d1","type":"alert_triggered"}';

describe('webhook signatures', () => {
  it('are v1= and the hex HMAC-SHA256 of timestamp.body', () => {
    const expected = createHmac('sha256', SECRET).update(`1767225600.${BODY}`).digest('hex');
    expect(webhookSignature(SECRET, 1767225600, BODY)).toBe(`v1=${expected}`);
  });

  it('verify within the tolerance only, for the same secret, timestamp and body', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const timestamp = Math.floor(now.getTime() / 1000);
    const signature = webhookSignature(SECRET, timestamp, BODY);
    const headers = { timestamp: String(timestamp), signature };
    expect(verifyWebhookSignature(SECRET, headers, BODY, now)).toBe(true);
    expect(verifyWebhookSignature(SECRET, { ...headers, signature: `v1=00,${signature}` }, BODY, now)).toBe(
      true,
    );
    expect(verifyWebhookSignature(SECRET, headers, BODY, new Date(now.getTime() + 301_000))).toBe(false);
    expect(verifyWebhookSignature(SECRET, { ...headers, timestamp: String(timestamp + 1) }, BODY, now)).toBe(
      false,
    );
    expect(verifyWebhookSignature(`${SECRET}x`, headers, BODY, now)).toBe(false);
    expect(verifyWebhookSignature(SECRET, { timestamp: undefined, signature }, BODY, now)).toBe(false);
  });
});
