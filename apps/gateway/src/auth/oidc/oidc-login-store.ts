import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { REDIS, REDIS_PREFIX } from '@slipway/redis';
import type { Redis } from 'ioredis';

/** How long a browser has at the identity provider to finish logging in. */
export const LOGIN_TTL_MS = 5 * 60_000;

/** What the callback must match: the secrets of one authorization request, and where to go after it. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A path of the gateway (see returnPathOf); undefined: `/`. */
  returnTo: string | undefined;
}

const LOGIN_ID = /^[A-Za-z0-9_-]{43}$/;

/**
 * Logins under way, in Redis so that any replica may receive the callback: each is kept for
 * LOGIN_TTL_MS under a random id (the browser holds the id, Redis only its SHA-256) and can be
 * taken once.
 */
@Injectable()
export class OidcLoginStore {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
  ) {}

  /** Keeps a login; answers the id its browser presents at the callback. */
  async save(login: PendingLogin): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    await this.redis.set(this.keyOf(id), JSON.stringify(login), 'PX', LOGIN_TTL_MS);
    return id;
  }

  /** The login of an id, removed as it is read; null when unknown, expired or already taken. */
  async take(id: string): Promise<PendingLogin | null> {
    if (!LOGIN_ID.test(id)) return null;
    const text = await this.redis.getdel(this.keyOf(id));
    return text === null ? null : (JSON.parse(text) as PendingLogin);
  }

  private keyOf(id: string): string {
    return `${this.prefix}gateway:oidc-login:${createHash('sha256').update(id).digest('hex')}`;
  }
}
