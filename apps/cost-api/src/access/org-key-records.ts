import { Inject, Injectable } from '@nestjs/common';
import { DataApiClient, type Schemas } from '@slipway/data-client';
import { APP_CONFIG } from '@slipway/platform';
import type { CostApiConfig } from '../config';
import { TtlCache } from './ttl-cache';

export type OrgKeyRecord = Schemas['OrgApiKeyRecordDto'];

const expired = (key: OrgKeyRecord): boolean =>
  key.expires_at !== null && Date.parse(key.expires_at) <= Date.now();

/**
 * The organization keys data-api keeps, found by hash. A live key is believed for
 * ORG_CACHE_TTL_MS (a revocation takes effect within it, and at once on this replica); an unknown,
 * revoked or expired one is asked about again every time.
 */
@Injectable()
export class OrgKeyRecords {
  private readonly cache: TtlCache<OrgKeyRecord | null>;

  constructor(
    private readonly data: DataApiClient,
    @Inject(APP_CONFIG) config: CostApiConfig,
  ) {
    this.cache = new TtlCache(config.ORG_CACHE_TTL_MS);
  }

  async byHash(hash: string): Promise<OrgKeyRecord | null> {
    const key = await this.cache.get(hash, () => this.find(hash));
    // A key believed from the cache still stops at its expiry.
    if (!key || expired(key)) {
      this.cache.delete(hash);
      return null;
    }
    return key;
  }

  /** Forgets what this replica believed of a key (after a revocation). */
  forget(hash: string): void {
    this.cache.delete(hash);
  }

  private async find(hash: string): Promise<OrgKeyRecord | null> {
    const { data } = await this.data.get('/api/org_api_keys', {
      params: { query: { key_hash: hash, limit: 1 } },
    });
    const [key] = data.items;
    if (!key || key.revoked_at !== null) return null;
    return expired(key) ? null : key;
  }
}
