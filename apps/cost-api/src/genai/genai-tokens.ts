import type { GenAiTokensDto } from '@slipway/contracts';
import type { Totals } from '../costs/spend-sums';

/** cached / input to 6 decimals, at most 1 (input tokens include the cached ones); 0 without input. */
export function cachedShare(input: number, cached: number): number {
  if (input <= 0) return 0;
  return Math.round(Math.min(1, cached / input) * 1e6) / 1e6;
}

/** A sum's tokens as the GenAI reads answer them. */
export const tokensOf = (sums: Totals): GenAiTokensDto => ({
  input_tokens: sums.input_tokens,
  output_tokens: sums.output_tokens,
  cached_input_tokens: sums.cached_input_tokens,
  total_tokens: sums.input_tokens + sums.output_tokens,
  cached_share: cachedShare(sums.input_tokens, sums.cached_input_tokens),
  events: sums.events,
});
