import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { PipelineKind } from '@slipway/contracts';
import { AppLogger } from '@slipway/platform';
import { CostAdmissionClient } from './cost-admission.client';

/** A pipeline's concurrency slot in an organization. */
export interface Lease {
  org: string;
  kind: PipelineKind;
  pipeline_id: string;
}

interface Held extends Lease {
  intervalMs: number;
  dueAt: number;
  beating: boolean;
}

/** No lease is renewed more often than this, whatever cost-api asks. */
const MIN_INTERVAL_MS = 50;
/** A lease due within this share of its interval is renewed with those due now: fewer wake-ups. */
const EARLY_SHARE = 0.25;

const keyOf = (lease: Pick<Lease, 'kind' | 'pipeline_id'>) => `${lease.kind}:${lease.pipeline_id}`;

/**
 * Renews every slot this process holds at the interval cost-api gave with it, until released. One
 * timer serves all leases, armed for the earliest due; a lease cost-api no longer holds (expired,
 * completed elsewhere) is dropped, not revived — its slot may have gone to another pipeline. A
 * failed heartbeat is tried again at the next interval (a lease outlives three). Stops when the
 * application shuts down; the slots then lapse unless another process takes them up.
 */
@Injectable()
export class LeaseKeeper implements OnApplicationShutdown {
  private readonly leases = new Map<string, Held>();
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  private stopped = false;

  constructor(
    @Inject(CostAdmissionClient) private readonly client: CostAdmissionClient,
    @Inject(AppLogger) private readonly logger: AppLogger,
  ) {}

  /** Renews `lease` every `intervalMs` from now on (AdmissionDto.heartbeat_interval_ms); holding it again replaces it. */
  hold(lease: Lease, intervalMs: number): void {
    if (this.stopped) return;
    const interval = Math.max(MIN_INTERVAL_MS, intervalMs);
    const { org, kind, pipeline_id } = lease;
    this.leases.set(keyOf(lease), {
      org,
      kind,
      pipeline_id,
      intervalMs: interval,
      dueAt: Date.now() + interval,
      beating: false,
    });
    this.arm();
  }

  /** Stops renewing the pipeline's lease; false when it held none. */
  release(lease: Pick<Lease, 'kind' | 'pipeline_id'>): boolean {
    const released = this.leases.delete(keyOf(lease));
    if (released) this.arm();
    return released;
  }

  holds(lease: Pick<Lease, 'kind' | 'pipeline_id'>): boolean {
    return this.leases.has(keyOf(lease));
  }

  get size(): number {
    return this.leases.size;
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.leases.clear();
  }

  /** Sets the one timer for the earliest lease due, unless it is already set that early. */
  private arm(): void {
    let next = Infinity;
    for (const lease of this.leases.values()) if (!lease.beating && lease.dueAt < next) next = lease.dueAt;
    if (next === this.timerAt) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = next;
    if (next === Infinity || this.stopped) return;
    this.timer = setTimeout(() => this.tick(), Math.max(0, next - Date.now()));
    this.timer.unref();
  }

  private tick(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    const now = Date.now();
    for (const lease of this.leases.values())
      if (!lease.beating && lease.dueAt - lease.intervalMs * EARLY_SHARE <= now) void this.beat(lease);
    this.arm();
  }

  private async beat(lease: Held): Promise<void> {
    lease.beating = true;
    const ref = { kind: lease.kind, pipeline_id: lease.pipeline_id };
    try {
      const outcome = await this.client.heartbeat(lease.org, ref);
      if (outcome === 'gone' && this.leases.get(keyOf(lease)) === lease) {
        this.leases.delete(keyOf(lease));
        // Completed by another replica, or lapsed: either way not this process's to renew.
        if (!this.stopped)
          this.logger.info(
            { org: lease.org, ...ref },
            'cost-api no longer holds this slot; renewing it no more',
          );
      }
    } catch (error) {
      if (!this.stopped)
        this.logger.warn(
          { org: lease.org, ...ref, err: error },
          'slot heartbeat failed; tried again at the next interval',
        );
    } finally {
      lease.beating = false;
      lease.dueAt = Date.now() + lease.intervalMs;
      this.arm();
    }
  }
}
