import { Injectable } from '@nestjs/common';
import type {
  CreateNotificationRuleDto,
  NotificationRuleDto,
  NotificationRuleListDto,
  NotificationRuleListQueryDto,
  UpdateNotificationRuleDto,
} from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../../audit/audit-log';
import { checkIfMatch } from '../../hierarchy/hierarchy-http';
import type { Organization } from '../../organizations/org-directory';
import { RuleRecords, type RuleRecord } from '../records/rule-records';
import { checkedFilters } from './rule-filters';

const toRuleDto = (row: RuleRecord): NotificationRuleDto => ({
  id: row.id,
  version: row.version,
  name: row.name,
  event: row.event,
  channel_ids: row.channel_ids,
  filters: row.filters,
  enabled: row.enabled,
  created_at: row.created_at,
  updated_at: row.updated_at,
});

/**
 * Which events go to which channels: an event, its channels (live channels of the organization,
 * data-api checks) and filters that fit the event (an alert's ids and kinds, a quota, a provider,
 * a node).
 */
@Injectable()
export class RulesService {
  constructor(
    private readonly records: RuleRecords,
    private readonly audit: AuditLog,
  ) {}

  async list(org: Organization, query: NotificationRuleListQueryDto): Promise<NotificationRuleListDto> {
    return { items: (await this.records.list(org.id, query.event)).map(toRuleDto), next_cursor: null };
  }

  async get(org: Organization, id: string): Promise<NotificationRuleDto> {
    return toRuleDto(await this.visible(org, id));
  }

  async create(
    request: FastifyRequest,
    org: Organization,
    body: CreateNotificationRuleDto,
  ): Promise<NotificationRuleDto> {
    const created = await this.records.create({
      org_id: org.id,
      name: body.name,
      event: body.event,
      channel_ids: body.channel_ids,
      filters: { ...checkedFilters(body.event, body.filters) },
      ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
    });
    await this.audit.record(request, org.id, {
      action: 'notification_rule.create',
      target_type: 'notification_rule',
      target_id: created.id,
      after: { ...toRuleDto(created) },
    });
    return toRuleDto(created);
  }

  async update(
    request: FastifyRequest,
    org: Organization,
    id: string,
    body: UpdateNotificationRuleDto,
    ifMatch: string | undefined,
  ): Promise<NotificationRuleDto> {
    const row = await this.visible(org, id);
    checkIfMatch(ifMatch, row.version);
    const event = body.event ?? row.event;
    const filters =
      body.filters !== undefined || body.event !== undefined
        ? checkedFilters(event, body.filters ?? row.filters)
        : undefined;
    const updated = await this.records.update(row, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.event !== undefined ? { event: body.event } : {}),
      ...(body.channel_ids !== undefined ? { channel_ids: body.channel_ids } : {}),
      ...(filters !== undefined ? { filters: { ...filters } } : {}),
      ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
    });
    await this.audit.record(request, org.id, {
      action: 'notification_rule.update',
      target_type: 'notification_rule',
      target_id: id,
      before: { ...toRuleDto(row) },
      after: { ...toRuleDto(updated) },
    });
    return toRuleDto(updated);
  }

  async remove(
    request: FastifyRequest,
    org: Organization,
    id: string,
    ifMatch: string | undefined,
  ): Promise<void> {
    const row = await this.visible(org, id);
    checkIfMatch(ifMatch, row.version);
    await this.records.remove(row);
    await this.audit.record(request, org.id, {
      action: 'notification_rule.delete',
      target_type: 'notification_rule',
      target_id: id,
      before: { ...toRuleDto(row) },
    });
  }

  private async visible(org: Organization, id: string): Promise<RuleRecord> {
    const row = await this.records.find(id);
    if (!row || row.org_id !== org.id || row.deleted_at !== null)
      throw ProblemException.notFound(`Notification rule ${id}`);
    return row;
  }
}
