import { Injectable } from '@nestjs/common';
import type { BatchOperationDto, BatchResponseDto } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import { createHash } from 'node:crypto';
import type { Executor } from '../database/db';

/** How long a key is kept: a repeat after this runs again. */
const KEPT = '24 hours';

/** JSON with every object's keys sorted: the same operations hash the same however their keys were ordered. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
}

const hashOf = (operations: BatchOperationDto[]): string =>
  createHash('sha256').update(canonical(operations)).digest('hex');

/**
 * The answers of batches sent with an Idempotency-Key, in `batch_receipts`, written by the batch's
 * transaction. Claiming a key inserts it first: a concurrent batch with the same key waits on that
 * row and then finds it taken.
 */
@Injectable()
export class BatchReceipts {
  /** Null when the key is new (claimed now); the first answer when the same operations ran before. */
  async claim(tx: Executor, key: string, operations: BatchOperationDto[]): Promise<BatchResponseDto | null> {
    const hash = hashOf(operations);
    await tx.query(`DELETE FROM batch_receipts WHERE created_at < now() - interval '${KEPT}'`);
    const claimed = await tx.query<{ key: string }>(
      'INSERT INTO batch_receipts (key, request_hash) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key',
      [key, hash],
    );
    if (claimed.length > 0) return null;
    const [receipt] = await tx.query<{ request_hash: string; response: BatchResponseDto | null }>(
      'SELECT request_hash, response FROM batch_receipts WHERE key = $1',
      [key],
    );
    if (!receipt?.response || receipt.request_hash !== hash)
      throw new ProblemException(
        'idempotency_conflict',
        'This Idempotency-Key was used with other operations',
      );
    return receipt.response;
  }

  async keep(tx: Executor, key: string, response: BatchResponseDto): Promise<void> {
    await tx.query('UPDATE batch_receipts SET response = $2 WHERE key = $1', [key, JSON.stringify(response)]);
  }
}
