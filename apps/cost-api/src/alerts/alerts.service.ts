import { Injectable } from '@nestjs/common';
import type {
  CostAlertBulkDto,
  CostAlertBulkResultDto,
  CostAlertDto,
  CostAlertFromPresetDto,
  CostAlertHistoryDto,
  CostAlertHistoryQueryDto,
  CostAlertListDto,
  CostAlertListQueryDto,
  CostAlertParamsDto,
  CostAlertPresetListDto,
  CreateCostAlertDto,
  UpdateCostAlertDto,
} from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../audit/audit-log';
import { checkIfMatch } from '../hierarchy/hierarchy-http';
import { HierarchyRecords } from '../hierarchy/hierarchy-records';
import type { Organization } from '../organizations/org-directory';
import { toAlertDto, toAlertEventDto } from './alert-mapping';
import { checkedAlert } from './alert-params';
import { alertOfPreset, toPresetDto } from './alert-presets';
import { AlertRecords, type AlertRecord } from './alert-records';

type BulkBody = Record<string, unknown> | undefined;

/** The fields a body gives (a validated DTO also carries the ones left out, as undefined). */
const given = <T extends object>(body: T): Partial<T> =>
  Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as Partial<T>;

const BULK_CHANGE: Record<CostAlertBulkDto['action'], (dto: CostAlertBulkDto) => BulkBody> = {
  enable: () => ({ enabled: true }),
  disable: () => ({ enabled: false }),
  delete: () => undefined,
  set_channels: (dto) => ({ channel_ids: dto.channel_ids ?? [] }),
};

/**
 * An organization's cost alerts: created (from scratch or from a preset), changed, deleted, many
 * at once all or none (data-api's /api/batch, every row on the version read), and their history.
 */
@Injectable()
export class AlertsService {
  constructor(
    private readonly records: AlertRecords,
    private readonly hierarchy: HierarchyRecords,
    private readonly audit: AuditLog,
  ) {}

  async list(org: Organization, query: CostAlertListQueryDto): Promise<CostAlertListDto> {
    const page = await this.records.page(org.id, query);
    return { items: page.items.map(toAlertDto), next_cursor: page.next_cursor };
  }

  async get(org: Organization, id: string): Promise<CostAlertDto> {
    return toAlertDto(await this.visible(org, id));
  }

  async create(request: FastifyRequest, org: Organization, body: CreateCostAlertDto): Promise<CostAlertDto> {
    const params = await this.checked(org, body.kind, body.threshold, body.params);
    const created = await this.records.create({
      org_id: org.id,
      name: body.name,
      kind: body.kind,
      threshold: body.threshold,
      params: { ...params },
      channel_ids: body.channel_ids ?? [],
      ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
    });
    await this.audit.record(request, org.id, {
      action: 'cost_alert.create',
      target_type: 'cost_alert',
      target_id: created.id,
      after: { ...toAlertDto(created) },
    });
    return toAlertDto(created);
  }

  async presets(): Promise<CostAlertPresetListDto> {
    return { items: (await this.records.presets()).map(toPresetDto) };
  }

  async fromPreset(
    request: FastifyRequest,
    org: Organization,
    body: CostAlertFromPresetDto,
  ): Promise<CostAlertDto> {
    const preset = (await this.records.presets()).find((row) => row.name === body.preset);
    if (!preset) throw ProblemException.notFound(`Alert preset ${body.preset}`);
    const alert = alertOfPreset(preset.definition);
    if (!alert)
      throw ProblemException.validation([
        {
          field: 'preset',
          message: `${preset.name} makes no cost alert (a quota preset: use a quota_80 or quota_100 notification rule)`,
        },
      ]);
    return this.create(request, org, {
      name: body.name ?? preset.label,
      kind: alert.kind,
      threshold: body.threshold ?? alert.threshold,
      params: { ...alert.params, ...given(body.params ?? {}) },
      ...(body.channel_ids ? { channel_ids: body.channel_ids } : {}),
      ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
    });
  }

  async update(
    request: FastifyRequest,
    org: Organization,
    id: string,
    body: UpdateCostAlertDto,
    ifMatch: string | undefined,
  ): Promise<CostAlertDto> {
    const row = await this.visible(org, id);
    checkIfMatch(ifMatch, row.version);
    const params =
      body.threshold !== undefined || body.params !== undefined
        ? await this.checked(org, row.kind, body.threshold ?? row.threshold, body.params ?? row.params)
        : undefined;
    const updated = await this.records.update(row, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.threshold !== undefined ? { threshold: body.threshold } : {}),
      ...(params !== undefined ? { params: { ...params } } : {}),
      ...(body.channel_ids !== undefined ? { channel_ids: body.channel_ids } : {}),
      ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
    });
    await this.audit.record(request, org.id, {
      action: 'cost_alert.update',
      target_type: 'cost_alert',
      target_id: id,
      before: { ...toAlertDto(row) },
      after: { ...toAlertDto(updated) },
    });
    return toAlertDto(updated);
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
      action: 'cost_alert.delete',
      target_type: 'cost_alert',
      target_id: id,
      before: { ...toAlertDto(row) },
    });
  }

  /** One change to every alert named, in one transaction: an unknown id, a stale row or a bad channel changes none. */
  async bulk(
    request: FastifyRequest,
    org: Organization,
    body: CostAlertBulkDto,
  ): Promise<CostAlertBulkResultDto> {
    if (body.action === 'set_channels' && body.channel_ids === undefined)
      throw ProblemException.validation([
        { field: 'channel_ids', message: 'set_channels needs channel_ids' },
      ]);
    const rows = await Promise.all(body.ids.map((id) => this.visible(org, id)));
    const change = BULK_CHANGE[body.action](body);
    const answer = await this.records.batch(
      rows.map((row) => ({
        method: body.action === 'delete' ? 'delete' : 'update',
        resource: 'cost_alerts',
        id: row.id,
        if_match: row.version,
        ...(change ? { body: change } : {}),
      })),
    );
    const after = answer.results.map((result, index) =>
      result.record ? (result.record as unknown as AlertRecord) : rows[index],
    );
    await this.audit.record(request, org.id, {
      action: `cost_alert.bulk_${body.action}`,
      target_type: 'cost_alert',
      target_id: null,
      after: { ids: body.ids, ...(change ?? {}) },
    });
    return { action: body.action, count: after.length, items: after.map(toAlertDto) };
  }

  async history(
    org: Organization,
    id: string | undefined,
    query: CostAlertHistoryQueryDto,
  ): Promise<CostAlertHistoryDto> {
    if (id !== undefined) await this.visible(org, id);
    const page = await this.records.events(org.id, id, query);
    return { items: page.items.map(toAlertEventDto), next_cursor: page.next_cursor };
  }

  /** The organization's live alert; 404 for anything else. */
  private async visible(org: Organization, id: string): Promise<AlertRecord> {
    const row = await this.records.find(id);
    if (!row || row.org_id !== org.id || row.deleted_at !== null)
      throw ProblemException.notFound(`Cost alert ${id}`);
    return row;
  }

  /** The kind's rules, and a watched node that is the organization's. */
  private async checked(
    org: Organization,
    kind: CostAlertDto['kind'],
    threshold: string,
    params: CostAlertParamsDto | undefined,
  ): Promise<CostAlertParamsDto> {
    const checked = checkedAlert(kind, threshold, params);
    if (checked.node_id !== undefined)
      await this.hierarchy.node(org.id, checked.node_id).catch((error: unknown) => {
        if (error instanceof ProblemException && error.code === 'not_found')
          throw ProblemException.validation([
            { field: 'params.node_id', message: 'no such node in the organization' },
          ]);
        throw error;
      });
    return checked;
  }
}
