import { createHash, timingSafeEqual } from 'node:crypto';

export const SERVICE_TOKEN_HEADER = 'x-service-token';

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** Compares a presented service token with the configured one in constant time (digests of equal length). */
export class ServiceTokenCheck {
  private readonly expected: Buffer;

  constructor(token: string) {
    this.expected = digest(token);
  }

  matches(presented: string): boolean {
    return timingSafeEqual(digest(presented), this.expected);
  }
}
