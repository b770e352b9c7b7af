import type { CostAlertKind, CostAlertParamsDto, FieldErrorDto } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import { Money } from '@slipway/pricing';

/** The parameters each kind reads; any other given is refused (a typo would otherwise be ignored). */
const FILTERS = ['node_id', 'include_descendants', 'project_id', 'provider', 'model', 'source'] as const;
const PARAMS_OF: Record<CostAlertKind, readonly (keyof CostAlertParamsDto)[]> = {
  daily_spend_above: FILTERS,
  monthly_forecast_above_budget: [...FILTERS, 'trailing_days'],
  spike_vs_trailing_mean: [...FILTERS, 'trailing_days', 'min_amount'],
  budget_percent: ['node_id', 'period'],
};

/** An alert's kind, threshold and parameters, checked together; the parameters as stored (given ones only). */
export function checkedAlert(
  kind: CostAlertKind,
  threshold: string,
  params: CostAlertParamsDto | undefined,
): CostAlertParamsDto {
  const given = Object.fromEntries(
    Object.entries(params ?? {}).filter(([, value]) => value !== undefined),
  ) as CostAlertParamsDto;
  const errors: FieldErrorDto[] = [];
  for (const name of Object.keys(given) as (keyof CostAlertParamsDto)[])
    if (!PARAMS_OF[kind].includes(name))
      errors.push({ field: `params.${name}`, message: `${kind} alerts do not read ${name}` });
  if (given.include_descendants !== undefined && given.node_id === undefined)
    errors.push({ field: 'params.include_descendants', message: 'include_descendants needs node_id' });
  const value = new Money(threshold);
  if (value.isZero()) errors.push({ field: 'threshold', message: 'threshold must be above 0' });
  if (kind === 'budget_percent') {
    if (given.node_id === undefined)
      errors.push({
        field: 'params.node_id',
        message: 'budget_percent alerts need the node whose budget they watch',
      });
    if (value.greaterThan(1000))
      errors.push({ field: 'threshold', message: 'a budget percent is at most 1000' });
  }
  if (errors.length > 0) throw ProblemException.validation(errors);
  return given;
}
