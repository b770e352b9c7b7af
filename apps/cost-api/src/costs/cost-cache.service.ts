import { Injectable } from '@nestjs/common';
import type { CostCacheInvalidatedDto } from '@slipway/contracts';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../audit/audit-log';
import type { Organization } from '../organizations/org-directory';
import { CostCacheGenerations } from './cache-generation';

/** The cache as the organization manages it: dropped at once on request, the drop audited. */
@Injectable()
export class CostCacheService {
  constructor(
    private readonly generations: CostCacheGenerations,
    private readonly audit: AuditLog,
  ) {}

  async invalidate(request: FastifyRequest, org: Organization): Promise<CostCacheInvalidatedDto> {
    const generation = await this.generations.bump(org.id);
    await this.audit.record(request, org.id, {
      action: 'cost_cache.invalidate',
      target_type: 'organization',
      target_id: org.id,
      after: { generation },
    });
    return { org: org.slug, generation };
  }
}
