import { Injectable } from '@nestjs/common';
import type {
  OrgApiKeyDto,
  OrgApiKeyListQueryDto,
  CreateOrgApiKeyDto,
  CreatedOrgApiKeyDto,
  Page,
} from '@slipway/contracts';
import { DataApiClient } from '@slipway/data-client';
import { orgRoleAllows, principalOf, type OrgRole } from '@slipway/identity';
import { ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { OrgKeyRecords } from '../access/org-key-records';
import { newOrgKey } from '../access/org-keys';
import { actorOf, AuditLog } from '../audit/audit-log';
import type { Organization } from './org-directory';
import { toApiKeyDto } from './org-mapping';

/**
 * An organization's API keys: made with a role no stronger than the maker's, shown once, listed by
 * prefix, revoked (never deleted: the audit log names them).
 */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly data: DataApiClient,
    private readonly keys: OrgKeyRecords,
    private readonly audit: AuditLog,
  ) {}

  /** A new key of `org`, with a role no stronger than the caller's there (at onboarding: owner). */
  async create(
    request: FastifyRequest,
    org: Organization,
    dto: CreateOrgApiKeyDto,
  ): Promise<CreatedOrgApiKeyDto> {
    const role = dto.role ?? 'admin';
    const ceiling: OrgRole = request.orgRole ?? 'viewer';
    if (!orgRoleAllows(ceiling, role))
      throw new ProblemException('forbidden', `A ${ceiling} may not make a key with the ${role} role`);
    const key = newOrgKey();
    const { data: row } = await this.data.post('/api/org_api_keys', {
      body: {
        org_id: org.id,
        name: dto.name,
        key_prefix: key.prefix,
        key_hash: key.hash,
        role,
        created_by: actorOf(principalOf(request)).actor_id,
        ...(dto.expires_at ? { expires_at: dto.expires_at } : {}),
      },
    });
    const shown = toApiKeyDto(row);
    await this.audit.record(request, org.id, {
      action: 'api_key.create',
      target_type: 'api_key',
      target_id: row.id,
      after: shown,
    });
    return {
      id: row.id,
      name: row.name,
      key: key.secret,
      prefix: key.prefix,
      role,
      expires_at: row.expires_at,
    };
  }

  async list(org: Organization, query: OrgApiKeyListQueryDto): Promise<Page<OrgApiKeyDto>> {
    const { prefix, ...paging } = query;
    const { data } = await this.data.get('/api/org_api_keys', {
      params: { query: { ...paging, org_id: org.id, ...(prefix ? { key_prefix: prefix } : {}) } },
    });
    return { ...data, items: data.items.map(toApiKeyDto) };
  }

  async revoke(request: FastifyRequest, org: Organization, id: string): Promise<OrgApiKeyDto> {
    const { data: key, etag } = await this.data.get('/api/org_api_keys/{id}', {
      params: { path: { id } },
    });
    if (key.org_id !== org.id) throw new ProblemException('not_found', `No API key ${id} in ${org.slug}`);
    const held: OrgRole = request.orgRole ?? 'viewer';
    if (!orgRoleAllows(held, key.role))
      throw new ProblemException('forbidden', `A ${held} may not revoke a key with the ${key.role} role`);
    if (key.revoked_at !== null) return toApiKeyDto(key);
    const { data: revoked } = await this.data.patch('/api/org_api_keys/{id}', {
      params: { path: { id } },
      headers: { 'if-match': etag ?? '' },
      body: { revoked_at: new Date().toISOString() },
    });
    this.keys.forget(key.key_hash);
    await this.audit.record(request, org.id, {
      action: 'api_key.revoke',
      target_type: 'api_key',
      target_id: id,
      before: toApiKeyDto(key),
      after: toApiKeyDto(revoked),
    });
    return toApiKeyDto(revoked);
  }
}
