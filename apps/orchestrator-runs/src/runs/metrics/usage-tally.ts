import { Money } from '@slipway/pricing';
import type { UsageRecord } from '../../records/run-records';
import type { TokenUsageDto } from '@slipway/contracts/runs';

/** What some ledger rows add up to. */
export interface Tally {
  readonly calls: number;
  readonly tokens: TokenUsageDto;
  readonly cost: Money;
}

export function tally(rows: readonly UsageRecord[]): Tally {
  return rows.reduce<Tally>(
    (sum, row) => ({
      calls: sum.calls + 1,
      tokens: {
        input: sum.tokens.input + row.input_tokens,
        output: sum.tokens.output + row.output_tokens,
        cached_input: sum.tokens.cached_input + row.cached_input_tokens,
        reasoning: sum.tokens.reasoning + row.reasoning_tokens,
      },
      cost: sum.cost.plus(row.cost_usd),
    }),
    { calls: 0, tokens: { input: 0, output: 0, cached_input: 0, reasoning: 0 }, cost: new Money(0) },
  );
}
