import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, Clock } from '@slipway/platform';
import { WorkerSchedules } from '../schedules/worker-schedules';
import { AlertEvaluator } from './alert-evaluator';

/** Registers the evaluation of every organization's alerts with the cost-worker's schedules: `alerts.evaluate`. */
@Injectable()
export class AlertSchedule implements OnModuleInit {
  constructor(
    private readonly schedules: WorkerSchedules,
    private readonly evaluator: AlertEvaluator,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: { ALERT_EVALUATION_MS: number },
  ) {}

  onModuleInit(): void {
    this.schedules.register('alerts.evaluate', { everyMs: this.config.ALERT_EVALUATION_MS }, () =>
      this.evaluator.evaluateAll(this.clock.now()),
    );
  }
}
