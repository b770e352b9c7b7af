import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataApiClient, DataApiError, type Schemas } from '@slipway/data-client';
import { APP_CONFIG, ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../config';
import { RouteLimits } from '../limits/route-limits';
import { GatewayMetrics } from '../metrics';
import { grantedScopes } from '../proxy/route-table';
import { type GatewayIdentity, requestIdHeader } from './identity';

const KEY_SHAPE = /^slw_[A-Za-z0-9]+_[A-Za-z0-9]+$/;
/** Bounds the cache; the oldest entries go first. */
const MAX_CACHED = 10_000;

interface Cached {
  identity: GatewayIdentity;
  expiresAt: number;
}

const sha256 = (key: string): string => createHash('sha256').update(key).digest('hex');

export const identityOfKey = (verified: Schemas['VerifiedApiKeyDto']): GatewayIdentity => ({
  user: {
    kind: 'user',
    id: verified.owner_id,
    email: verified.email ?? null,
    role: verified.role === 'admin' ? 'admin' : 'member',
  },
  scopes: grantedScopes(verified.scopes),
  via: 'api_key',
  keyId: verified.key_id,
});

/**
 * API keys verified by data-api (`POST /api/api_keys/verify`), the verdict of an accepted key kept
 * for AUTH_CACHE_TTL_MS under the key's SHA-256 (never the key itself); refusals are never kept,
 * so a new key works at once and a revoked one stops within the TTL. Concurrent first uses of one
 * key share a single verification.
 */
@Injectable()
export class ApiKeyVerifier {
  private readonly cache = new Map<string, Cached>();
  private readonly pending = new Map<string, Promise<GatewayIdentity>>();

  constructor(
    private readonly dataApi: DataApiClient,
    private readonly metrics: GatewayMetrics,
    private readonly limits: RouteLimits,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** The key's identity, or a 401 ProblemException; 503 when data-api cannot be asked. */
  async verify(key: string, request: FastifyRequest): Promise<GatewayIdentity> {
    if (!KEY_SHAPE.test(key) || key.length > 200)
      throw new ProblemException('unauthorized', 'The bearer token is not a Slipway API key (slw_…)');
    const digest = sha256(key);
    const cached = this.cache.get(digest);
    if (cached && cached.expiresAt > Date.now()) {
      this.metrics.authCache.inc({ result: 'hit' });
      return cached.identity;
    }
    if (cached) this.cache.delete(digest);
    this.metrics.authCache.inc({ result: 'miss' });
    let verification = this.pending.get(digest);
    if (!verification) {
      verification = this.ask(key, digest, request).finally(() => this.pending.delete(digest));
      this.pending.set(digest, verification);
    }
    return verification;
  }

  /** Forgets every kept verdict (tests; a key rotation drill). */
  clear(): void {
    this.cache.clear();
  }

  private async ask(key: string, digest: string, request: FastifyRequest): Promise<GatewayIdentity> {
    await this.limits.admitLogin(request);
    const verified = await this.dataApi
      .post('/api/api_keys/verify', { body: { key }, headers: requestIdHeader(request) })
      .catch((error: unknown) => {
        if (error instanceof DataApiError && error.status >= 400 && error.status < 500)
          throw new ProblemException('unauthorized', 'The API key is unknown, revoked or expired');
        throw new ProblemException(
          'upstream_unavailable',
          'Keys cannot be verified right now; try again shortly',
        );
      });
    const identity = identityOfKey(verified.data);
    if (this.config.AUTH_CACHE_TTL_MS > 0) {
      if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value as string);
      const keyExpires = verified.data.expires_at ? Date.parse(verified.data.expires_at) : Infinity;
      const expiresAt = Math.min(Date.now() + this.config.AUTH_CACHE_TTL_MS, keyExpires);
      this.cache.set(digest, { identity, expiresAt });
    }
    return identity;
  }
}
