import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import { REDIS, REDIS_PREFIX } from '@slipway/redis';
import type { Redis } from 'ioredis';
import type { GatewayConfig } from '../config';
import type { Scope } from '../proxy/route-table';
import type { GatewayIdentity } from './identity';

/** What Redis keeps of a session: never its id (the key is the id's SHA-256). */
interface StoredSession {
  user: GatewayIdentity['user'];
  scopes: Scope[];
  keyId?: string;
  csrfToken: string;
  createdAt: number;
  /** When the user (and key) were last confirmed with data-api. */
  checkedAt: number;
}

export interface Session {
  id: string;
  identity: GatewayIdentity;
  createdAt: number;
  checkedAt: number;
}

const token = (): string => randomBytes(32).toString('base64url');
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

/**
 * Browser sessions in Redis, shared by every gateway replica: each read extends the idle expiry
 * (GETEX), and a session older than SESSION_ABSOLUTE_MS ends whatever its use.
 */
@Injectable()
export class SessionStore {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async create(identity: Omit<GatewayIdentity, 'via' | 'csrfToken'>): Promise<Session> {
    const id = token();
    const now = Date.now();
    const stored: StoredSession = {
      user: identity.user,
      scopes: [...identity.scopes],
      ...(identity.keyId ? { keyId: identity.keyId } : {}),
      csrfToken: token(),
      createdAt: now,
      checkedAt: now,
    };
    await this.redis.set(this.keyOf(id), JSON.stringify(stored), 'PX', this.config.SESSION_IDLE_MS);
    return toSession(id, stored);
  }

  /** The live session of a cookie value, its idle expiry renewed; null when unknown or expired. */
  async find(id: string): Promise<Session | null> {
    if (!SESSION_ID.test(id)) return null;
    const text = await this.redis.getex(this.keyOf(id), 'PX', this.config.SESSION_IDLE_MS);
    if (text === null) return null;
    const stored = JSON.parse(text) as StoredSession;
    if (stored.createdAt + this.config.SESSION_ABSOLUTE_MS <= Date.now()) {
      await this.destroy(id);
      return null;
    }
    return toSession(id, stored);
  }

  /** Records a fresh confirmation of the session's user and scopes (a role or a key's scopes may have changed). */
  async confirm(session: Session, user: GatewayIdentity['user'], scopes: ReadonlySet<Scope>): Promise<void> {
    const stored: StoredSession = {
      user,
      scopes: [...scopes],
      ...(session.identity.keyId ? { keyId: session.identity.keyId } : {}),
      csrfToken: session.identity.csrfToken ?? token(),
      createdAt: session.createdAt,
      checkedAt: Date.now(),
    };
    await this.redis.set(
      this.keyOf(session.id),
      JSON.stringify(stored),
      'PX',
      this.config.SESSION_IDLE_MS,
      'XX',
    );
  }

  async destroy(id: string): Promise<void> {
    if (SESSION_ID.test(id)) await this.redis.del(this.keyOf(id));
  }

  private keyOf(id: string): string {
    return `${this.prefix}gateway:session:${createHash('sha256').update(id).digest('hex')}`;
  }
}

const toSession = (id: string, stored: StoredSession): Session => ({
  id,
  identity: {
    user: stored.user,
    scopes: new Set(stored.scopes),
    via: 'session',
    ...(stored.keyId ? { keyId: stored.keyId } : {}),
    csrfToken: stored.csrfToken,
  },
  createdAt: stored.createdAt,
  checkedAt: stored.checkedAt,
});
