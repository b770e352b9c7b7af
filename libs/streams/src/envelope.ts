import { randomUUID } from 'node:crypto';

/** What every stream entry carries in its single `data` field (DESIGN §4). */
export interface StreamEnvelope<P = unknown> {
  id: string;
  /** The message name: the stream's contract name (`ci.jobs`). */
  type: string;
  version: number;
  /** ISO 8601 UTC. */
  occurredAt: string;
  /** The service that emitted it. */
  producer: string;
  correlationId: string;
  payload: P;
}

export interface EnvelopeInput<P> {
  type: string;
  version: number;
  producer: string;
  payload: P;
  correlationId?: string;
  id?: string;
  occurredAt?: Date;
}

export function buildEnvelope<P>(input: EnvelopeInput<P>): StreamEnvelope<P> {
  const id = input.id ?? randomUUID();
  return {
    id,
    type: input.type,
    version: input.version,
    occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    producer: input.producer,
    correlationId: input.correlationId ?? id,
    payload: input.payload,
  };
}

export type ParsedEnvelope = { ok: true; envelope: StreamEnvelope<unknown> } | { ok: false; error: string };

const STRING_FIELDS = ['id', 'type', 'occurredAt', 'producer', 'correlationId'] as const;

/** Reads the `data` field of an entry; never throws, says what is wrong instead. */
export function parseEnvelope(data: string | undefined): ParsedEnvelope {
  if (data === undefined) return { ok: false, error: 'the entry has no `data` field' };
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch (error) {
    return { ok: false, error: `\`data\` is not JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, error: '`data` is not a JSON object' };
  const record = value as Record<string, unknown>;
  for (const field of STRING_FIELDS) {
    const fieldValue = record[field];
    if (typeof fieldValue !== 'string' || fieldValue === '')
      return { ok: false, error: `envelope field \`${field}\` must be a non-empty string` };
  }
  if (typeof record.version !== 'number' || !Number.isInteger(record.version))
    return { ok: false, error: 'envelope field `version` must be an integer' };
  if (Number.isNaN(Date.parse(record.occurredAt as string)))
    return { ok: false, error: 'envelope field `occurredAt` must be an ISO 8601 timestamp' };
  if (!('payload' in record)) return { ok: false, error: 'envelope field `payload` is missing' };
  return {
    ok: true,
    envelope: {
      id: record.id as string,
      type: record.type as string,
      version: record.version,
      occurredAt: record.occurredAt as string,
      producer: record.producer as string,
      correlationId: record.correlationId as string,
      payload: record.payload,
    },
  };
}
