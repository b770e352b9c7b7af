import { Inject, Injectable } from '@nestjs/common';
import type { ApplyResultDto, PatchSetDto, PatchValidationDto } from '@slipway/contracts';
import { DataApiError } from '@slipway/data-client';
import type { Principal } from '@slipway/identity';
import { Clock, currentRequestId, ProblemException } from '@slipway/platform';
import { RedisLock } from '@slipway/redis';
import { PatchSetRecords, type PatchSetRecord } from '../records/patch-set-records';
import { sameOps, toPatchSet } from '../patch-sets/patch-set.mapper';
import { PatchSetsService } from '../patch-sets/patch-sets.service';
import { planBatch, resolve } from './batch-plan';
import { TaskRunAnnouncer } from './task-run-announcer';

const ownerOf = (principal: Principal): string => (principal.kind === 'user' ? principal.id : 'service');
const LOCK = { holdMs: 120_000, waitMs: 30_000 };

/** The refusal of a PatchSet that checking found wrong: conflicts (409) before rule errors (422). */
export function refusal(validation: PatchValidationDto): ProblemException {
  const errors = validation.results
    .filter((r) => r.status === 'error')
    .map((r) => ({ field: r.path || `ops[${r.index}]`, message: `${r.code}: ${r.message}` }));
  if (validation.conflicts.length > 0)
    return new ProblemException(
      'patch_conflict',
      `${validation.conflicts.length} record(s) changed since the PatchSet was proposed; nothing was written`,
      errors,
    );
  return new ProblemException(
    'patch_invalid',
    `${errors.length} operation(s) break a rule; nothing was written`,
    errors,
  );
}

/** A batch data-api refused because a record moved on in between (stale If-Match, gone, taken). */
const isRace = (error: unknown): error is DataApiError =>
  error instanceof DataApiError && [404, 409, 412].includes(error.status);

/**
 * Applies a PatchSet all or nothing, once: the stored proposal (or the person's edit of it, or a
 * PatchSet of their own) is checked again against the project as it is now, written in one
 * data-api batch whose every write is pinned to the version checked, and recorded with the
 * operations that undo it. A repeat answers the first result.
 */
@Injectable()
export class PatchApplier {
  constructor(
    @Inject(PatchSetRecords) private readonly records: PatchSetRecords,
    @Inject(PatchSetsService) private readonly patchSets: PatchSetsService,
    @Inject(TaskRunAnnouncer) private readonly runs: TaskRunAnnouncer,
    @Inject(RedisLock) private readonly lock: RedisLock,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  apply(principal: Principal, patch: PatchSetDto): Promise<ApplyResultDto> {
    const busy = () =>
      new ProblemException('conflict', `PatchSet ${patch.id} is being applied; retry shortly`);
    return this.lock.holding(`planner:patch-set:${patch.id}`, { ...LOCK, busy }, () =>
      this.applyOnce(principal, patch),
    );
  }

  private async applyOnce(principal: Principal, sent: PatchSetDto): Promise<ApplyResultDto> {
    const record = await this.storedOrNew(principal, sent);
    if (record.status === 'applied') return record.result as unknown as ApplyResultDto;
    if (record.status === 'rejected' || record.status === 'superseded' || record.status === 'undone')
      throw new ProblemException(
        'patch_set_closed',
        `PatchSet ${record.id} is ${record.status}; propose again`,
      );
    const stored = toPatchSet(record);
    // A person may edit a proposal before applying it: the edit is theirs (manual), checked the same way.
    const patch = sameOps(stored.ops, sent.ops)
      ? stored
      : {
          ...sent,
          source: {
            endpoint: 'manual' as const,
            provider: stored.source.provider,
            model: stored.source.model,
          },
        };
    const { check, snapshot } = await this.patchSets.check(principal, patch);
    if (!check.validation.valid) {
      await this.records.update(record.id, record.version, {
        status: check.validation.conflicts.length > 0 ? 'conflicted' : record.status,
        validation: { ...check.validation },
      });
      throw refusal(check.validation);
    }
    const plan = planBatch(patch, check, snapshot);
    const batch = await this.records.batch(principal, plan.operations).catch(async (error: unknown) => {
      if (!isRace(error)) throw error;
      await this.records.update(record.id, record.version, { status: 'conflicted' });
      throw new ProblemException(
        'patch_conflict',
        `a record changed while the PatchSet was applied; nothing was written (${error.detail})`,
        [{ field: 'ops', message: error.detail }],
      );
    });
    const appliedAt = this.clock.now().toISOString();
    const refs = Object.fromEntries(
      patch.ops.flatMap((op) => ('ref' in op ? [[op.ref, resolve(op.ref, batch.refs)]] : [])),
    );
    const created = patch.ops.find((op) => op.op === 'create_project');
    const projectId = snapshot?.project.id ?? (created ? refs[created.ref] : null) ?? null;
    const runsRequested = plan.startRuns.map((key) => resolve(key, batch.refs));
    const result: ApplyResultDto = {
      patch_set_id: record.id,
      status: 'applied',
      project_id: projectId,
      refs,
      applied_at: appliedAt,
      diff: check.validation.diff,
      runs_requested: runsRequested,
      warnings: check.validation.results.filter((r) => r.status === 'warning'),
    };
    await this.records.recordApplication({
      patch_set_id: record.id,
      owner_id: record.owner_id,
      kind: 'apply',
      operations: plain(plan.operations),
      inverse_ops: plain(plan.inverse(batch.refs)),
      refs: batch.refs,
      ...(currentRequestId() ? { request_id: currentRequestId() } : {}),
    });
    await this.records.update(record.id, record.version, {
      status: 'applied',
      applied_at: appliedAt,
      validation: { ...check.validation },
      result: { ...result },
      ...(projectId ? { project_id: projectId } : {}),
      ...(patch === stored ? {} : { ops: plain(patch.ops), source: { ...patch.source } }),
    });
    for (const taskId of runsRequested) await this.runs.announce(taskId, projectId);
    return result;
  }

  /** The caller's stored PatchSet of this id, or the PatchSet stored now as the caller's own (manual). */
  private async storedOrNew(principal: Principal, sent: PatchSetDto): Promise<PatchSetRecord> {
    const found = await this.records.find(principal, sent.id);
    if (found) return found;
    if (await this.records.exists(sent.id))
      throw new ProblemException('conflict', `PatchSet id ${sent.id} is taken; use a new id`);
    return this.records.create({
      id: sent.id,
      owner_id: ownerOf(principal),
      status: 'proposed',
      endpoint: 'manual',
      format_version: sent.format_version,
      ...(sent.base ? { base: { ...sent.base } } : {}),
      source: { endpoint: 'manual' },
      ops: plain(sent.ops),
      ...(sent.rationale ? { rationale: sent.rationale } : {}),
      ...(sent.base ? { project_id: sent.base.project_id } : {}),
    });
  }
}

/** Class instances and refs-free objects as the plain JSON objects data-api stores. */
const plain = (items: readonly object[]): Record<string, unknown>[] =>
  items.map((item) => JSON.parse(JSON.stringify(item)) as Record<string, unknown>);
