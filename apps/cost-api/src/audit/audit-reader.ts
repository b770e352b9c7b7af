import { Injectable } from '@nestjs/common';
import type { AuditLogEntryDto, AuditLogQueryDto, Page } from '@slipway/contracts';
import { DataApiClient, type Schemas } from '@slipway/data-client';
import type { Organization } from '../organizations/org-directory';

const toEntry = (row: Schemas['OrgAuditLogRecordDto']): AuditLogEntryDto => ({
  id: row.id,
  actor_type: row.actor_type,
  actor_id: row.actor_id,
  action: row.action,
  target_type: row.target_type,
  target_id: row.target_id,
  before: row.before,
  after: row.after,
  request_id: row.request_id,
  created_at: row.created_at,
});

/** The organization's audit log, newest first, filtered and paged as data-api pages it. */
@Injectable()
export class AuditReader {
  constructor(private readonly data: DataApiClient) {}

  async list(org: Organization, query: AuditLogQueryDto): Promise<Page<AuditLogEntryDto>> {
    const { data } = await this.data.get('/api/org_audit_logs', {
      params: { query: { ...query, org_id: org.id, sort: '-created_at' } },
    });
    return { ...data, items: data.items.map(toEntry) };
  }
}
