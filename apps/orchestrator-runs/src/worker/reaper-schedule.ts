import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AgentWorkerConfig } from '../config';
import { PhaseReaper } from './phase-reaper';

/** Sweeps lapsed leases at start (what a crash left) and then every REAPER_INTERVAL_MS. */
@Injectable()
export class ReaperSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(PhaseReaper) private readonly reaper: PhaseReaper,
    @Inject(AgentWorkerConfig) private readonly settings: Pick<AgentWorkerConfig, 'REAPER_INTERVAL_MS'>,
  ) {}

  onApplicationBootstrap(): void {
    const sweep = () => {
      this.sweeping = this.reaper.sweep().catch(() => 0);
    };
    sweep();
    this.timer = setInterval(() => {
      void this.sweeping.then(sweep);
    }, this.settings.REAPER_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }
}
