import { Inject, Injectable } from '@nestjs/common';
import {
  MAX_BATCH_OPERATIONS,
  PATCH_SET_FORMAT_VERSION,
  type OpResultDto,
  type Page,
  type PatchSetDto,
  type PatchSetListQueryDto,
  type PatchSetEndpoint,
  type PatchValidationDto,
  type PlannerUsageDto,
  type StoredPatchSetDto,
} from '@slipway/contracts';
import type { Principal } from '@slipway/identity';
import { ProblemException } from '@slipway/platform';
import { randomUUID } from 'node:crypto';
import type { Proposal } from '../engine/planner-engine';
import { PlannerLocks } from '../planner-locks';
import { PatchSetRecords, type PatchSetRecord } from '../records/patch-set-records';
import { ownerIdOf } from '../records/acting-for';
import { ProjectReader } from '../records/project-reader';
import type { ProjectSnapshot } from '../snapshot';
import { planBatch, type BatchPlan } from '../apply/batch-plan';
import { checkPatchSet, type PatchCheck } from '../validation/patch-validator';
import { toStoredPatchSet } from './patch-set.mapper';

/** What a proposal is stored with besides itself. */
export interface ProposalContext {
  endpoint: Exclude<PatchSetEndpoint, 'manual'>;
  snapshot: ProjectSnapshot | null;
  usage: PlannerUsageDto;
  id?: string;
  chatSessionId?: string;
  chatMessageId?: string;
}

/**
 * PatchSets from proposal to decision: a proposal is checked against the project it was made on and
 * stored (validated when it passes, proposed with its findings when not); people read, list and
 * reject their own; the same checks answer /api/agent/validate for any PatchSet.
 */
@Injectable()
export class PatchSetsService {
  constructor(
    @Inject(PatchSetRecords) private readonly records: PatchSetRecords,
    @Inject(ProjectReader) private readonly reader: ProjectReader,
    @Inject(PlannerLocks) private readonly locks: PlannerLocks,
  ) {}

  /** Stores a planner's proposal with what checking it found. */
  async propose(
    principal: Principal,
    proposal: Proposal,
    context: ProposalContext,
  ): Promise<{ stored: StoredPatchSetDto; validation: PatchValidationDto }> {
    const patch: PatchSetDto = {
      id: context.id ?? randomUUID(),
      format_version: PATCH_SET_FORMAT_VERSION,
      base: context.snapshot
        ? { project_id: context.snapshot.project.id, project_version: context.snapshot.project.version }
        : null,
      source: {
        endpoint: context.endpoint,
        provider: proposal.provider,
        model: proposal.model,
        usage: context.usage,
      },
      ops: proposal.ops,
      rationale: proposal.rationale,
    };
    const { validation } = checkPatchSet(patch, context.snapshot);
    const warnings: OpResultDto[] = proposal.warnings.map((w) => ({
      index: -1,
      status: 'warning',
      code: w.code,
      path: '',
      message: w.message,
    }));
    const record = await this.records.create({
      id: patch.id,
      owner_id: ownerIdOf(principal),
      status: validation.valid ? 'validated' : 'proposed',
      endpoint: context.endpoint,
      format_version: patch.format_version,
      ...(patch.base ? { base: { ...patch.base } } : {}),
      source: { ...patch.source },
      ops: patch.ops.map((op) => ({ ...op })),
      rationale: patch.rationale,
      warnings: warnings.map((w) => ({ ...w })),
      validation: { ...validation },
      ...(context.snapshot ? { project_id: context.snapshot.project.id } : {}),
      ...(context.chatSessionId ? { chat_session_id: context.chatSessionId } : {}),
      ...(context.chatMessageId ? { chat_message_id: context.chatMessageId } : {}),
    });
    return { stored: toStoredPatchSet(record), validation };
  }

  /** The checks of apply, writing nothing: against the project as the caller may see it now. */
  async validate(principal: Principal, patch: PatchSetDto): Promise<PatchValidationDto> {
    return (await this.check(principal, patch)).check.validation;
  }

  /**
   * The checks against the project as the caller may see it now, and the batch that would write the
   * PatchSet: one that would not fit a batch (a large cascade) is refused here, not by data-api.
   */
  async check(
    principal: Principal,
    patch: PatchSetDto,
    modelOps?: ReadonlySet<number>,
  ): Promise<{ check: PatchCheck; snapshot: ProjectSnapshot | null; plan: BatchPlan }> {
    const snapshot = patch.base ? await this.reader.snapshot(principal, patch.base.project_id) : null;
    const check = checkPatchSet(patch, snapshot, { ...(modelOps ? { modelOps } : {}) });
    const plan = planBatch(patch, check, snapshot);
    if (plan.operations.length > MAX_BATCH_OPERATIONS) {
      check.validation.results.unshift({
        index: -1,
        status: 'error',
        code: 'too_large',
        path: 'ops',
        message: `applying it takes ${plan.operations.length} writes, more than the ${MAX_BATCH_OPERATIONS} one apply makes: split it`,
      });
      check.validation.valid = false;
    }
    return { check, snapshot, plan };
  }

  async get(principal: Principal, id: string): Promise<StoredPatchSetDto> {
    return toStoredPatchSet(await this.owned(principal, id));
  }

  async list(principal: Principal, query: PatchSetListQueryDto): Promise<Page<StoredPatchSetDto>> {
    const page = await this.records.list(principal, { ...query });
    return { ...page, items: page.items.map(toStoredPatchSet) };
  }

  /** A person declines a proposal; the chat's next turn knows. */
  reject(principal: Principal, id: string, reason: string | undefined): Promise<StoredPatchSetDto> {
    return this.locks.patchSet(id, () => this.rejectNow(principal, id, reason));
  }

  private async rejectNow(
    principal: Principal,
    id: string,
    reason: string | undefined,
  ): Promise<StoredPatchSetDto> {
    const record = await this.owned(principal, id);
    if (record.status !== 'proposed' && record.status !== 'validated' && record.status !== 'conflicted')
      throw new ProblemException(
        'patch_set_closed',
        `PatchSet ${id} is ${record.status}: only a pending one is rejected`,
      );
    const updated = await this.records.update(record.id, record.version, {
      status: 'rejected',
      result: { rejected_reason: reason ?? null },
    });
    return toStoredPatchSet(updated);
  }

  /** Links a chat proposal to the assistant message that made it. */
  async madeBy(id: string, chatMessageId: string): Promise<void> {
    const record = await this.records.get(id);
    await this.records.update(id, record.version, { chat_message_id: chatMessageId });
  }

  /** Earlier pending proposals of a chat session give way to a new one. */
  async supersedePending(sessionId: string, keep: string): Promise<void> {
    for (const pending of await this.records.pendingOfSession(sessionId))
      if (pending.id !== keep)
        await this.locks.patchSet(pending.id, async () => {
          // Read again under the lock: an apply may have taken it meanwhile.
          const record = await this.records.get(pending.id);
          if (record.status === 'proposed' || record.status === 'validated' || record.status === 'conflicted')
            await this.records.update(record.id, record.version, { status: 'superseded' });
        });
  }

  async owned(principal: Principal, id: string): Promise<PatchSetRecord> {
    const record = await this.records.find(principal, id);
    if (!record) throw ProblemException.notFound(`PatchSet ${id}`);
    return record;
  }
}
