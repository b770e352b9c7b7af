import { Injectable } from '@nestjs/common';
import type {
  CostAlertEvaluationDto,
  CostAlertEvaluationReportDto,
  CostAlertParamsDto,
} from '@slipway/contracts';
import { DataApiPreconditionFailedError } from '@slipway/data-client';
import { AppLogger, ProblemException } from '@slipway/platform';
import { Money } from '@slipway/pricing';
import { RedisLock } from '@slipway/redis';
import { Notifier } from '../notifications/delivery/notifier';
import { AllOrgs } from '../organizations/all-orgs';
import type { Organization } from '../organizations/org-directory';
import { AlertMeasures } from './alert-measures';
import { alertMessage } from './alert-messages';
import { AlertRecords, type AlertRecord } from './alert-records';
import { transition, type Measurement, type Transition } from './alert-state';

/** One organization's evaluation at a time, across processes (the schedule and an on-demand call). */
const LOCK = { holdMs: 120_000, waitMs: 60_000 };

const emptyReport = (): CostAlertEvaluationReportDto => ({
  organizations: 0,
  evaluated: 0,
  triggered: 0,
  resolved: 0,
  notified: 0,
  failed: 0,
});

/**
 * Evaluates cost alerts: each enabled alert's condition measured, its state moved (see
 * `transition`), the change and its history row written together through /api/batch on the
 * version read, and the notification queued before that — keyed by (alert, window, threshold), so
 * a repeat after a crash or a lost race is delivered once.
 */
@Injectable()
export class AlertEvaluator {
  private readonly logger: AppLogger;

  constructor(
    private readonly records: AlertRecords,
    private readonly measures: AlertMeasures,
    private readonly notifier: Notifier,
    private readonly lock: RedisLock,
    private readonly orgs: AllOrgs,
    logger: AppLogger,
  ) {
    this.logger = logger.child({ feature: 'alerts' });
  }

  /** Every organization's alerts (the schedule, POST /api/v1/admin/alerts/process-all). */
  async evaluateAll(now: Date): Promise<CostAlertEvaluationReportDto> {
    const total = emptyReport();
    const { organizations } = await this.orgs.each(async (org) => {
      const report = await this.evaluateOrg(org, now);
      for (const key of ['evaluated', 'triggered', 'resolved', 'notified', 'failed'] as const)
        total[key] += report[key];
      return report.triggered + report.resolved;
    });
    return { ...total, organizations };
  }

  /** One organization's enabled alerts, each as it stands at `now`. */
  evaluateOrg(org: Organization, now: Date): Promise<CostAlertEvaluationReportDto> {
    const busy = () =>
      new ProblemException('conflict', `The alerts of ${org.slug} are being evaluated; try again`);
    return this.lock.holding(`alerts:${org.id}`, { ...LOCK, busy }, async () => {
      const report: CostAlertEvaluationReportDto = { ...emptyReport(), organizations: 1, items: [] };
      for (const alert of await this.records.enabled(org.id)) {
        try {
          const item = await this.evaluate(org, alert, now);
          report.items?.push(item);
          report.evaluated += 1;
          if (item.state !== item.previous_state && item.state === 'triggered') report.triggered += 1;
          if (item.state !== item.previous_state && item.state === 'resolved') report.resolved += 1;
          if (item.notified) report.notified += 1;
        } catch (error) {
          report.failed += 1;
          this.logger.error({ org: org.slug, alert_id: alert.id, err: error }, 'cost alert not evaluated');
        }
      }
      return report;
    });
  }

  private async evaluate(org: Organization, alert: AlertRecord, now: Date): Promise<CostAlertEvaluationDto> {
    const measured = await this.measures.measure(org, alert, now);
    const change = transition(alert, measured);
    const item = {
      alert_id: alert.id,
      name: alert.name,
      kind: alert.kind,
      window: measured.window,
      value: measured.value,
      threshold: alert.threshold,
      previous_state: alert.state,
      state: alert.state,
      notified: false,
      detail: measured.detail,
    };
    if (!change) return item;
    if (change.notify) await this.tell(org, alert, measured, change.notify);
    if (!(await this.record(org, alert, measured, change, now))) return item;
    return { ...item, state: change.to, notified: change.notify !== null };
  }

  private tell(org: Organization, alert: AlertRecord, measured: Measurement, what: 'triggered' | 'resolved') {
    const threshold = new Money(alert.threshold).toFixed();
    const nodeId = (alert.params as CostAlertParamsDto).node_id;
    return this.notifier.notify({
      orgId: org.id,
      event: what === 'triggered' ? 'alert_triggered' : 'alert_resolved',
      key: `alert:${alert.id}:${what}:${measured.window}:${threshold}`,
      ...alertMessage(org, alert, measured, what),
      data: {
        alert_id: alert.id,
        alert_name: alert.name,
        kind: alert.kind,
        state: what,
        window: measured.window,
        value: measured.value,
        threshold,
        detail: measured.detail,
      },
      subject: {
        alert_id: alert.id,
        alert_kind: alert.kind,
        ...(nodeId ? { node_id: nodeId } : {}),
      },
      // An alert's own channels hear of its crossings; of its resolution, only those of alert_resolved rules.
      channelIds: what === 'triggered' ? alert.channel_ids : [],
    });
  }

  /** The new state and its history row, together, on the version read; false when the alert changed meanwhile. */
  private async record(
    org: Organization,
    alert: AlertRecord,
    measured: Measurement,
    change: Transition,
    now: Date,
  ): Promise<boolean> {
    try {
      await this.records.batch([
        {
          method: 'update',
          resource: 'cost_alerts',
          id: alert.id,
          if_match: alert.version,
          body: {
            state: change.to,
            ...(change.from !== change.to ? { state_changed_at: now.toISOString() } : {}),
            ...(change.notified
              ? { last_window: change.notified.window, last_threshold: change.notified.threshold }
              : {}),
          },
        },
        {
          method: 'create',
          resource: 'cost_alert_events',
          body: {
            alert_id: alert.id,
            org_id: org.id,
            from_state: change.from,
            to_state: change.to,
            window: measured.window,
            value: measured.value ?? '0',
            threshold: alert.threshold,
            detail: measured.detail,
          },
        },
      ]);
      return true;
    } catch (error) {
      if (!(error instanceof DataApiPreconditionFailedError)) throw error;
      this.logger.info(
        { org: org.slug, alert_id: alert.id },
        'cost alert changed while evaluated; left for next time',
      );
      return false;
    }
  }
}
