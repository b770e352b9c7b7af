import { hash, timingSafeEqual } from 'node:crypto';

export const SERVICE_TOKEN_HEADER = 'x-service-token';

/** One-shot: every request hashes the token it presents, and a Hash object per call is needless work. */
const digest = (value: string): Buffer => hash('sha256', value, 'buffer');

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
