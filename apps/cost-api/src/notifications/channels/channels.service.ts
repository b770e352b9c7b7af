import { Inject, Injectable } from '@nestjs/common';
import type {
  CreateNotificationChannelDto,
  NotificationChannelDto,
  NotificationChannelListDto,
  UpdateNotificationChannelDto,
} from '@slipway/contracts';
import { APP_CONFIG, ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../../audit/audit-log';
import { checkIfMatch } from '../../hierarchy/hierarchy-http';
import type { Organization } from '../../organizations/org-directory';
import type { NotificationSettings } from '../notification-settings';
import { ChannelRecords, type ChannelRecord } from '../records/channel-records';
import { toChannelDto } from './channel-mapping';
import { ChannelSecrets } from './channel-secrets';
import { NotifyTargets } from '../senders/notify-targets';
import {
  channelConfigOf,
  readChannelChange,
  readNewChannel,
  targetOf,
  type ChannelSettings,
} from './channel-settings';

/**
 * An organization's notification channels: email, Slack, webhook. Their secrets are sealed on
 * the way in and never answered, logged or audited (the audit keeps the answered form). A Slack
 * or webhook URL, or an email channel's own SMTP server, whose host is or resolves to a loopback,
 * private, link-local or metadata address is refused (422) unless NOTIFY_ALLOW_PRIVATE_TARGETS;
 * every send checks again.
 */
@Injectable()
export class ChannelsService {
  private readonly allowHttp: boolean;

  constructor(
    private readonly records: ChannelRecords,
    private readonly secrets: ChannelSecrets,
    private readonly audit: AuditLog,
    private readonly targets: NotifyTargets,
    @Inject(APP_CONFIG) config: NotificationSettings,
  ) {
    this.allowHttp = config.NOTIFY_ALLOW_HTTP;
  }

  async list(org: Organization): Promise<NotificationChannelListDto> {
    return { items: (await this.records.ofOrg(org.id)).map(toChannelDto), next_cursor: null };
  }

  async get(org: Organization, id: string): Promise<NotificationChannelDto> {
    return toChannelDto(await this.visible(org, id));
  }

  async create(
    request: FastifyRequest,
    org: Organization,
    body: CreateNotificationChannelDto,
  ): Promise<NotificationChannelDto> {
    const settings = readNewChannel(body, this.allowHttp);
    await this.checkTarget(settings);
    const { config, secret } = settings;
    const created = await this.records.create({
      org_id: org.id,
      name: body.name,
      kind: body.kind,
      config: { ...config },
      ...this.secrets.seal(org.id, secret ?? null),
      ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
    });
    const answer = toChannelDto(created);
    await this.audit.record(request, org.id, {
      action: 'notification_channel.create',
      target_type: 'notification_channel',
      target_id: created.id,
      after: { ...answer },
    });
    return answer;
  }

  async update(
    request: FastifyRequest,
    org: Organization,
    id: string,
    body: UpdateNotificationChannelDto,
    ifMatch: string | undefined,
  ): Promise<NotificationChannelDto> {
    const row = await this.visible(org, id);
    checkIfMatch(ifMatch, row.version);
    const stored = channelConfigOf(row.kind, row.config);
    if (!stored)
      throw new ProblemException('conflict', `Channel ${id} holds settings this service did not write`);
    const settings = readChannelChange(stored, body, this.allowHttp);
    if (settings) await this.checkTarget(settings);
    const updated = await this.records.update(row, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
      ...(settings ? { config: { ...settings.config } } : {}),
      ...(settings && settings.secret !== undefined ? this.secrets.seal(org.id, settings.secret) : {}),
    });
    const answer = toChannelDto(updated);
    await this.audit.record(request, org.id, {
      action: 'notification_channel.update',
      target_type: 'notification_channel',
      target_id: id,
      before: { ...toChannelDto(row) },
      after: { ...answer },
    });
    return answer;
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
      action: 'notification_channel.delete',
      target_type: 'notification_channel',
      target_id: id,
      before: { ...toChannelDto(row) },
    });
  }

  /** The organization's live channel; 404 for anything else. */
  async visible(org: Organization, id: string): Promise<ChannelRecord> {
    const row = await this.records.find(id);
    if (!row || row.org_id !== org.id || row.deleted_at !== null)
      throw ProblemException.notFound(`Notification channel ${id}`);
    return row;
  }

  /** 422 when the URL of the settings reaches an address a notification must not (its words never quote the URL). */
  private async checkTarget(settings: ChannelSettings): Promise<void> {
    const target = targetOf(settings);
    if (!target || !(await this.targets.refused(target.host))) return;
    throw ProblemException.validation([
      {
        field: target.field,
        message: `${target.field} must not reach a loopback, private, link-local or metadata address`,
      },
    ]);
  }
}
