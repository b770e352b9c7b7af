import { Injectable } from '@nestjs/common';
import type { BatchOperationDto, BatchResponseDto, BatchResultDto } from '@slipway/contracts';
import { subjectKey, type Principal } from '@slipway/identity';
import { Db, type Executor } from '../database/db';
import type { BaseRow, Values } from '../resources/definition';
import { ResourceRegistry } from '../resources/resource.registry';
import { inOperation, planBatch, type PlannedOperation } from './batch-plan';
import { BatchReceipts } from './batch-receipts';

/**
 * POST /api/batch: operations on any plain resource, checked first, then run in order in one
 * transaction through each resource's own service (its access rule, checks and If-Match), all or
 * none. A failure names its operation: detail `operation i: …`, fields `operations[i].…`.
 */
@Injectable()
export class BatchService {
  constructor(
    private readonly db: Db,
    private readonly registry: ResourceRegistry,
    private readonly receipts: BatchReceipts,
  ) {}

  /**
   * Runs the batch; with an idempotency key, once: the answer is kept with the batch's own writes
   * (same transaction), so a repeat of the key by the same caller answers it (`replayed`) even after
   * the first answer was lost, and the key with other operations is a 409.
   */
  async run(
    principal: Principal,
    operations: BatchOperationDto[],
    idempotencyKey?: string,
  ): Promise<{ response: BatchResponseDto; replayed: boolean }> {
    const plan = await planBatch(principal, operations, (path) => this.registry.find(path));
    return this.db.transaction(async (tx) => {
      if (idempotencyKey !== undefined) {
        const receipt = await this.receipts.claim(
          tx,
          `${subjectKey(principal)}:${idempotencyKey}`,
          operations,
        );
        if (receipt) return { response: receipt, replayed: true };
      }
      const ids = new Map<string, string>();
      const results: BatchResultDto[] = [];
      for (const step of plan) {
        try {
          results.push(await this.execute(principal, step, ids, tx));
        } catch (error) {
          throw inOperation(step.index, step.op, error);
        }
      }
      const response = { refs: Object.fromEntries(ids), results };
      if (idempotencyKey !== undefined)
        await this.receipts.keep(tx, `${subjectKey(principal)}:${idempotencyKey}`, response);
      return { response, replayed: false };
    });
  }

  private async execute(
    principal: Principal,
    { index, op, service, input }: PlannedOperation,
    ids: Map<string, string>,
    tx: Executor,
  ): Promise<BatchResultDto> {
    // The plan checked that every ref is defined by an earlier operation.
    const idOf = (ref: string) => ids.get(ref) ?? '';
    const target = op.id ?? idOf(op.id_ref ?? '');
    const ifMatch = op.if_match === undefined ? undefined : [op.if_match];
    const withRefs = () =>
      Object.assign(
        input,
        Object.fromEntries(Object.entries(op.refs ?? {}).map(([f, ref]) => [f, idOf(ref)])),
      );
    let row: BaseRow;
    switch (op.method) {
      case 'create':
        row = await service.create(principal, withRefs(), tx);
        break;
      case 'update':
        row = await service.update(principal, target, withRefs(), ifMatch, tx);
        break;
      case 'delete':
        row = await service.remove(principal, target, input as Values, ifMatch, tx);
        break;
      case 'restore':
        row = await service.restore(principal, target, ifMatch, tx);
        break;
    }
    if (op.ref !== undefined) ids.set(op.ref, row.id);
    const gone = op.method === 'delete' && !service.def.softDelete;
    return {
      index,
      ...(op.ref === undefined ? {} : { ref: op.ref }),
      resource: op.resource,
      method: op.method,
      id: row.id,
      version: gone ? null : row.version,
      record: gone ? null : (service.def.toResponse(row) as Record<string, unknown>),
    };
  }
}
