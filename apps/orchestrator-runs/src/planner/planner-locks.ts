import { Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '@slipway/platform';
import { RedisLock } from '@slipway/redis';
import { OrchestratorConfig } from '../config';

/** Longest a caller waits for a lock another request holds. */
const WAIT_MS = 30_000;
/** An apply, undo or decision on one PatchSet: a batch and a few records. */
const PATCH_SET_HOLD_MS = 120_000;

/**
 * One change of a PatchSet at a time (apply, undo, reject, supersede), and one turn of a chat
 * session at a time, across every orchestrator process.
 */
@Injectable()
export class PlannerLocks {
  private readonly chatHoldMs: number;

  constructor(
    @Inject(RedisLock) private readonly lock: RedisLock,
    @Inject(OrchestratorConfig) config: Pick<OrchestratorConfig, 'PLANNER_TIMEOUT_MS'>,
  ) {
    // A turn may make two model calls (an answer and its repair), each tried twice.
    this.chatHoldMs = 4 * config.PLANNER_TIMEOUT_MS + 60_000;
  }

  patchSet<T>(id: string, work: () => Promise<T>): Promise<T> {
    const busy = () =>
      new ProblemException('conflict', `PatchSet ${id} is being changed by another request; retry shortly`);
    return this.lock.holding(
      `planner:patch-set:${id}`,
      { holdMs: PATCH_SET_HOLD_MS, waitMs: WAIT_MS, busy },
      work,
    );
  }

  chatSession<T>(id: string, work: () => Promise<T>): Promise<T> {
    const busy = () => new ProblemException('conflict', `session ${id} is answering another message; retry`);
    return this.lock.holding(`planner:chat:${id}`, { holdMs: this.chatHoldMs, waitMs: WAIT_MS, busy }, work);
  }
}
