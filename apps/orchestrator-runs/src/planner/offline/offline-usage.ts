/** The usage the offline planner reports: one estimated call per proposal, its id a hash of the input. */
import { createHash } from 'node:crypto';
import { estimateTokens } from '../../worker/llm/token-estimate';
import type { ProposalCall } from '../engine/planner-engine';

export const OFFLINE_PROVIDER = 'offline';
export const OFFLINE_MODEL = 'slipway-planner-1';

/** JSON with object keys sorted, so equal inputs hash alike whatever order their keys were built in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The call behind one answer: `kind` (generate, refine…) and its input give the response id — the
 * same request is the same call, which the usage ledger counts once — and the token estimate of the
 * text in; `output` is everything written back.
 */
export function offlineCall(kind: string, input: unknown, output: unknown): ProposalCall {
  const text = canonicalJson({ kind, input });
  const digest = createHash('sha256').update(`${OFFLINE_MODEL}\n${text}`).digest('hex');
  return {
    provider: OFFLINE_PROVIDER,
    model: OFFLINE_MODEL,
    responseId: `offline-${digest.slice(0, 32)}`,
    input: estimateTokens(text),
    output: estimateTokens(canonicalJson(output)),
    cachedInput: 0,
    estimated: true,
  };
}
