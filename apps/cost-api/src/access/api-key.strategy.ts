import { Inject, Injectable } from '@nestjs/common';
import type { CredentialStrategy, OrgRole, Principal } from '@slipway/identity';
import { APP_CONFIG, ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { CostApiConfig } from '../config';
import { OrgKeyRecords } from './org-key-records';
import { hashOrgKey, looksLikeOrgKey } from './org-keys';

export const API_KEY_HEADER = 'x-api-key';

const sha256 = (value: string): Buffer => createHash('sha256').update(value).digest();

const refused = () =>
  new ProblemException('unauthorized', 'X-API-Key is not a valid, unrevoked key', [], {
    'WWW-Authenticate': 'X-API-Key',
  });

/**
 * cost-api's own credential (seed): `X-API-Key` holding the operator's root key, or an
 * organization's key — found by its SHA-256, refused when revoked or expired. Without the header
 * the next strategy (none: a 401) decides.
 */
@Injectable()
export class ApiKeyStrategy implements CredentialStrategy {
  /** SHA-256 of the root key: compared in constant time, and of a length that tells nothing. */
  private readonly root: Buffer | null;

  constructor(
    @Inject(APP_CONFIG) config: CostApiConfig,
    private readonly keys: OrgKeyRecords,
  ) {
    this.root = config.COST_ROOT_API_KEY ? sha256(config.COST_ROOT_API_KEY) : null;
  }

  async authenticate(request: FastifyRequest): Promise<Principal | null> {
    const presented = request.headers[API_KEY_HEADER];
    if (presented === undefined) return null;
    if (typeof presented !== 'string' || presented.length > 200) throw refused();
    if (this.isRoot(presented)) return { kind: 'root', id: 'root' };
    if (!looksLikeOrgKey(presented)) throw refused();
    const key = await this.keys.byHash(hashOrgKey(presented));
    if (!key) throw refused();
    return { kind: 'org_key', id: key.id, orgId: key.org_id, role: key.role as OrgRole };
  }

  private isRoot(presented: string): boolean {
    return this.root !== null && timingSafeEqual(sha256(presented), this.root);
  }
}
