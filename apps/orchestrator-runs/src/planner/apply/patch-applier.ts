import { Inject, Injectable } from '@nestjs/common';
import type {
  ApplyResultDto,
  BatchOperationDto,
  PatchOp,
  PatchSetDto,
  PatchValidationDto,
} from '@slipway/contracts';
import type { Principal } from '@slipway/identity';
import { Clock, currentRequestId, ProblemException } from '@slipway/platform';
import { canonical, toPatchSet } from '../patch-sets/patch-set.mapper';
import { PatchSetsService } from '../patch-sets/patch-sets.service';
import { PlannerLocks } from '../planner-locks';
import { ownerIdOf } from '../records/acting-for';
import { batchRefusal } from '../records/data-api-refusals';
import { PatchSetRecords, type PatchSetRecord } from '../records/patch-set-records';
import { TaskRunAnnouncer } from './task-run-announcer';

/** What an apply records before it writes: the batch, its undo, and the answer once it ran. */
interface PendingApply {
  operations: Record<string, unknown>[];
  inverse_ops: Record<string, unknown>[];
  result: ApplyResultDto;
}

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

/** The operations of a person's PatchSet that a model proposed as they are: each op of `sent` found in `proposed`. */
function modelOperations(proposed: readonly PatchOp[], sent: readonly PatchOp[]): Set<number> {
  const left = new Map<string, number>();
  for (const op of proposed) left.set(canonical(op), (left.get(canonical(op)) ?? 0) + 1);
  const found = new Set<number>();
  for (const [index, op] of sent.entries()) {
    const count = left.get(canonical(op)) ?? 0;
    if (count === 0) continue;
    left.set(canonical(op), count - 1);
    found.add(index);
  }
  return found;
}

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
    @Inject(PlannerLocks) private readonly locks: PlannerLocks,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  apply(principal: Principal, patch: PatchSetDto): Promise<ApplyResultDto> {
    return this.locks.patchSet(patch.id, () => this.applyOnce(principal, patch));
  }

  private async applyOnce(principal: Principal, sent: PatchSetDto): Promise<ApplyResultDto> {
    const record = await this.storedOrNew(principal, sent);
    if (record.status === 'applied') return record.result as unknown as ApplyResultDto;
    if (record.status === 'applying') return this.resume(principal, record);
    if (record.status === 'rejected' || record.status === 'superseded' || record.status === 'undone')
      throw new ProblemException(
        'patch_set_closed',
        `PatchSet ${record.id} is ${record.status}; propose again`,
      );
    const stored = toPatchSet(record);
    const edited = canonical(stored.ops) !== canonical(sent.ops);
    // A person may edit a proposal before applying it: the edit is theirs (manual); what they kept stays the model's.
    const patch: PatchSetDto = edited
      ? {
          ...sent,
          source: { endpoint: 'manual', provider: stored.source.provider, model: stored.source.model },
        }
      : stored;
    const modelOps =
      edited && stored.source.endpoint !== 'manual' ? modelOperations(stored.ops, sent.ops) : undefined;
    const { check, snapshot, plan } = await this.patchSets.check(principal, patch, modelOps);
    if (!check.validation.valid) {
      await this.records.update(record.id, record.version, {
        status: check.validation.conflicts.length > 0 ? 'conflicted' : record.status,
        validation: { ...check.validation },
      });
      throw refusal(check.validation);
    }
    const created = patch.ops.find((op) => op.op === 'create_project');
    const projectId = snapshot?.project.id ?? (created ? plan.refs[created.ref] : null) ?? null;
    const pending: PendingApply = {
      operations: plain(plan.operations),
      inverse_ops: plain(plan.inverse),
      result: {
        patch_set_id: record.id,
        status: 'applied',
        project_id: projectId,
        refs: plan.refs,
        applied_at: '',
        diff: check.validation.diff,
        runs_requested: plan.startRuns,
        warnings: check.validation.results.filter((r) => r.status === 'warning'),
      },
    };
    // The writes and their undo are recorded first: an apply cut short is finished by the next one.
    const applying = await this.records.update(record.id, record.version, {
      status: 'applying',
      validation: { ...check.validation },
      result: { pending: { ...pending } },
      ...(edited ? { ops: plain(patch.ops), source: { ...patch.source } } : {}),
    });
    return this.write(principal, applying, pending);
  }

  /** An apply cut short (status applying): the same writes again, under the same key — data-api ran them at most once. */
  private resume(principal: Principal, record: PatchSetRecord): Promise<ApplyResultDto> {
    const { pending } = (record.result ?? {}) as { pending?: PendingApply };
    if (!pending)
      throw new ProblemException('patch_set_closed', `PatchSet ${record.id} has no pending apply`);
    return this.write(principal, record, pending);
  }

  private async write(
    principal: Principal,
    record: PatchSetRecord,
    pending: PendingApply,
  ): Promise<ApplyResultDto> {
    const operations = pending.operations as unknown as BatchOperationDto[];
    await this.records
      .batch(principal, operations, `patch-set:${record.id}:apply`)
      .catch(async (error: unknown) => {
        await this.records.update(record.id, record.version, { status: 'conflicted', result: {} });
        return batchRefusal(error, 'a record changed while the PatchSet was applied');
      });
    const result: ApplyResultDto = { ...pending.result, applied_at: this.clock.now().toISOString() };
    await this.records.recordApplication({
      patch_set_id: record.id,
      owner_id: record.owner_id,
      kind: 'apply',
      operations: pending.operations,
      inverse_ops: pending.inverse_ops,
      refs: result.refs,
      ...(currentRequestId() ? { request_id: currentRequestId() } : {}),
    });
    await this.records.update(record.id, record.version, {
      status: 'applied',
      applied_at: result.applied_at,
      result: { ...result },
      // Only now: a project the PatchSet creates exists once its batch ran.
      ...(result.project_id ? { project_id: result.project_id } : {}),
    });
    for (const taskId of result.runs_requested) await this.runs.announce(taskId, result.project_id);
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
      owner_id: ownerIdOf(principal),
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

/** Class instances as the plain JSON objects data-api stores. */
const plain = (items: readonly object[]): Record<string, unknown>[] =>
  items.map((item) => JSON.parse(JSON.stringify(item)) as Record<string, unknown>);
