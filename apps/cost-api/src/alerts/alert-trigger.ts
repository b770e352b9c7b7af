import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppLogger, Clock, ProblemException } from '@slipway/platform';
import type { CostWorkerConfig } from '../config';
import { LedgerWrites } from '../ledger/ledger-writes';
import { OrgDirectory } from '../organizations/org-directory';
import { AlertEvaluator } from './alert-evaluator';
import { OrgDebounce } from './org-debounce';

/**
 * Evaluation on new ledger data: when the cost-worker's ledger writer has stored rows of an
 * organization, its alerts are evaluated ALERT_DEBOUNCE_MS later — once for every write of that
 * wait (OrgDebounce), off the ingestion path (nothing awaits it). `alerts.evaluate` still runs every
 * ALERT_EVALUATION_MS for what time alone changes (a new window, a forecast) and for a failed run
 * here, which is logged. An evaluation of the org going elsewhere past the lock's wait is retried
 * once it ends.
 */
@Injectable()
export class AlertTrigger implements OnModuleInit, OnApplicationShutdown {
  private readonly debounce: OrgDebounce;
  private readonly log: AppLogger;

  constructor(
    private readonly writes: LedgerWrites,
    private readonly orgs: OrgDirectory,
    private readonly evaluator: AlertEvaluator,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: CostWorkerConfig,
    logger: AppLogger,
  ) {
    this.log = logger.child({ feature: 'alerts', trigger: 'ledger' });
    this.debounce = new OrgDebounce(config.ALERT_DEBOUNCE_MS, (orgId) => this.evaluate(orgId));
  }

  onModuleInit(): void {
    this.writes.onWritten((orgIds) => {
      for (const orgId of orgIds) this.debounce.touch(orgId);
    });
  }

  onApplicationShutdown(): Promise<void> {
    return this.debounce.close();
  }

  private async evaluate(orgId: string): Promise<void> {
    try {
      const org = await this.orgs.byId(orgId);
      if (org === null) return;
      const report = await this.evaluator.evaluateOrg(org, this.clock.now());
      if (report.triggered + report.resolved + report.failed > 0)
        this.log.info({ org: org.slug, ...report, items: undefined }, 'cost alerts evaluated on new spend');
    } catch (error) {
      if (error instanceof ProblemException && error.code === 'conflict') {
        this.debounce.touch(orgId);
        return;
      }
      this.log.error(
        { org_id: orgId, err: error },
        'cost alerts not evaluated on new spend; the schedule will',
      );
    }
  }
}
