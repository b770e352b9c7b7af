import { CostAlertKind, type CostAlertPresetDto, type CostAlertParamsDto } from '@slipway/contracts';
import type { PresetRecord } from './alert-records';

/** What a preset makes: an alert's kind, threshold and parameters, and what the request must add. */
export interface PresetAlert {
  kind: CostAlertKind;
  threshold: string;
  params: CostAlertParamsDto;
  needs: string[];
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const number = (value: unknown): string | null =>
  typeof value === 'number' && Number.isFinite(value) && value > 0
    ? String(value)
    : typeof value === 'string' && /^\d+(\.\d+)?$/.test(value)
      ? value
      : null;
const isKind = (value: unknown): value is CostAlertKind =>
  typeof value === 'string' && Object.values<string>(CostAlertKind).includes(value);

/**
 * Reads a preset's definition. The shipped ones speak of spend over a window with a threshold
 * type (`budget_percent`, `ratio_to_trailing_mean`); an organization's own may name an alert
 * directly (`kind`, `threshold`, `params`). Anything else (a quota preset) makes no cost alert.
 */
export function alertOfPreset(definition: Record<string, unknown>): PresetAlert | null {
  if (isKind(definition.kind)) {
    const threshold = number(definition.threshold);
    if (threshold === null) return null;
    const params = record(definition.params) as CostAlertParamsDto;
    const needs = definition.kind === 'budget_percent' && !params.node_id ? ['node_id'] : [];
    return { kind: definition.kind, threshold, params, needs };
  }
  if (definition.metric !== 'spend') return null;
  const rule = record(definition.threshold);
  const threshold = number(rule.value);
  if (threshold === null) return null;
  const window = definition.window === 'day' ? 'day' : 'month';
  switch (rule.type) {
    case 'budget_percent':
      return { kind: 'budget_percent', threshold, params: { period: window }, needs: ['node_id'] };
    case 'ratio_to_trailing_mean': {
      const days = typeof rule.days === 'number' && Number.isInteger(rule.days) ? rule.days : 7;
      return { kind: 'spike_vs_trailing_mean', threshold, params: { trailing_days: days }, needs: [] };
    }
    default:
      return null;
  }
}

export function toPresetDto(row: PresetRecord): CostAlertPresetDto {
  const alert = alertOfPreset(row.definition);
  return {
    name: row.name,
    label: row.label,
    description: row.description,
    kind: alert?.kind ?? null,
    threshold: alert?.threshold ?? null,
    params: alert?.params ?? {},
    needs: alert?.needs ?? [],
    definition: row.definition,
  };
}
