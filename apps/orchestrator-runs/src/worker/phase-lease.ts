import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AgentWorkerConfig } from '../config';
import { RunEventBus } from '../events/run-event-bus';
import { RunRecords, type PhaseRecord, type RunRecord } from '../records/run-records';
import { WorkerIdentity } from './worker-identity';

/** Why an execution stopped early. */
export type StopReason = 'cancelled' | 'lease_lost';

/** The reason an execution's model call and steps are aborted with. */
export class Stopped extends Error {
  constructor(readonly reason: StopReason) {
    super(reason);
  }
}

/** Attempts at a conditional write before giving up on a record others keep changing. */
export const CAS_ATTEMPTS = 5;

/**
 * An execution's hold on its phase: renewed every HEARTBEAT_MS until released; `signal` aborts with a
 * `Stopped` reason once the lease is lost or the run is being cancelled.
 */
export class HeldLease {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private beating: Promise<void> = Promise.resolve();
  private reason: StopReason | undefined;
  private readonly unsubscribers: (() => Promise<void>)[] = [];

  constructor(
    private phase: PhaseRecord,
    readonly token: string,
    heartbeatMs: number,
    private readonly renew: (phase: PhaseRecord) => Promise<PhaseRecord | null>,
    private readonly cancelled: () => Promise<boolean>,
  ) {
    this.signal = this.controller.signal;
    this.timer = setInterval(() => {
      this.beating = this.beating.then(() => this.beat());
    }, heartbeatMs);
  }

  /** The phase record as last renewed. */
  get record(): PhaseRecord {
    return this.phase;
  }

  /** Why the execution must stop, once it must. */
  get stopReason(): StopReason | undefined {
    return this.reason;
  }

  stop(reason: StopReason): void {
    if (this.reason !== undefined) return;
    this.reason = reason;
    this.controller.abort(new Stopped(reason));
  }

  throwIfStopped(): void {
    if (this.signal.aborted) throw this.signal.reason;
  }

  /** Stops renewing, after a renewal under way: the record is then the one to finish the phase on. */
  async stopRenewing(): Promise<void> {
    clearInterval(this.timer);
    await this.beating;
  }

  /** Calls `unsubscribe` on release. */
  until(unsubscribe: () => Promise<void>): void {
    this.unsubscribers.push(unsubscribe);
  }

  /** Stops renewing and listening for a cancel. */
  async release(): Promise<void> {
    await this.stopRenewing();
    for (const unsubscribe of this.unsubscribers.splice(0)) await unsubscribe();
  }

  private async beat(): Promise<void> {
    if (this.signal.aborted) return;
    const renewed = await this.renew(this.phase).catch(() => this.phase);
    if (renewed === null) return this.stop('lease_lost');
    this.phase = renewed;
    if (await this.cancelled()) this.stop('cancelled');
  }
}

/**
 * Phase leases: a worker takes a phase with a conditional write (so exactly one execution holds it),
 * renews it while working, and ends the phase only while it is still its own.
 */
@Injectable()
export class PhaseLeases {
  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(RunEventBus) private readonly bus: RunEventBus,
    @Inject(AgentWorkerConfig)
    private readonly settings: Pick<AgentWorkerConfig, 'LEASE_MS' | 'HEARTBEAT_MS'>,
    @Inject(WorkerIdentity) private readonly worker: WorkerIdentity,
  ) {}

  /** Takes the phase for execution `attempt`; null when someone changed the record first. */
  async take(phase: PhaseRecord, attempt: number, now: number): Promise<PhaseRecord | null> {
    // The lease names this execution, not only this process: a process given the same phase
    // again (its lease lapsed while it stalled) does not take its own stale execution for this one.
    const token = `${this.worker.id}:${randomUUID().slice(0, 8)}`;
    return this.records.updatePhase(phase.id, phase.version, {
      lease_owner: token,
      lease_until: new Date(now + this.settings.LEASE_MS).toISOString(),
      attempt,
      started_at: phase.started_at ?? new Date(now).toISOString(),
      error: null,
    });
  }

  /** Holds a phase taken by `take` while it executes: renewed, and stopped by a cancel of the run. */
  async hold(run: RunRecord, leased: PhaseRecord): Promise<HeldLease> {
    const token = leased.lease_owner;
    if (token === null) throw new Error(`phase ${leased.phase} of run ${run.id} is not leased`);
    const lease = new HeldLease(
      leased,
      token,
      this.settings.HEARTBEAT_MS,
      (phase) => this.renew(phase, token),
      async () => {
        const latest = await this.records.getRun(run.id).catch(() => run);
        return latest?.status === 'cancelling' || latest?.status === 'cancelled';
      },
    );
    try {
      const unsubscribe = await this.bus.onControl(run.id, (command) => {
        if (command.type === 'cancel') lease.stop('cancelled');
      });
      lease.until(unsubscribe);
    } catch (error) {
      await lease.release();
      throw error;
    }
    return lease;
  }

  /**
   * Ends the phase if it is still ours — held by execution `token`, or (token null) not leased by
   * anyone; false when another execution or the reaper took it.
   */
  async finish(
    phase: PhaseRecord,
    token: string | null,
    status: 'completed' | 'failed',
    change: { error?: string; governance?: Record<string, unknown>; agent_ids?: string[] },
  ): Promise<boolean> {
    let current = phase;
    for (let tries = 0; tries < CAS_ATTEMPTS; tries++) {
      const ended = await this.records.updatePhase(current.id, current.version, {
        status,
        completed_at: new Date().toISOString(),
        lease_owner: null,
        lease_until: null,
        ...change,
      });
      if (ended) return true;
      const latest = await this.records.phase(current.run_id, current.phase);
      const ours = latest?.status === 'running' && latest.lease_owner === token;
      if (!latest || !ours) return false;
      current = latest;
    }
    return false;
  }

  /** Extends the lease; null when the phase is no longer ours. */
  private async renew(phase: PhaseRecord, token: string): Promise<PhaseRecord | null> {
    let current = phase;
    for (let tries = 0; tries < CAS_ATTEMPTS; tries++) {
      const renewed = await this.records.updatePhase(current.id, current.version, {
        lease_until: new Date(Date.now() + this.settings.LEASE_MS).toISOString(),
      });
      if (renewed) return renewed;
      const latest = await this.records.phase(current.run_id, current.phase);
      if (!latest || latest.status !== 'running' || latest.lease_owner !== token) return null;
      current = latest;
    }
    return null;
  }
}
