import { Injectable } from '@nestjs/common';
import {
  type GenAiCostsDto,
  type GenAiDayUsageDto,
  type GenAiModelUsageDto,
  type GenAiQueryDto,
  type GenAiUsageDto,
  MAX_SPEND_GROUPS,
} from '@slipway/contracts';
import { addTotals, byAmount, totalsOf } from '../costs/cost-groups';
import { answerOf, CostScopes, dayWindow } from '../costs/cost-scope';
import { type Aggregate, SpendSums } from '../costs/spend-sums';
import type { Organization } from '../organizations/org-directory';
import { tokensOf } from './genai-tokens';

type Group = Aggregate['groups'][number];
type ModelGroup = Group & { provider: string; model: string };

/** GenAI spend is the ledger's rows naming a model: calls of runs and of the planner, and their adjustments. */
const modelGroups = (sums: Aggregate): ModelGroup[] =>
  sums.groups.flatMap((group) =>
    typeof group.key.model === 'string' && typeof group.key.provider === 'string'
      ? [{ ...group, provider: group.key.provider, model: group.key.model }]
      : [],
  );

const byName = (a: ModelGroup, b: ModelGroup): number =>
  a.provider.localeCompare(b.provider) || a.model.localeCompare(b.model);

const modelUsage = (group: ModelGroup): GenAiModelUsageDto => ({
  provider: group.provider,
  model: group.model,
  ...tokensOf(group),
});

/** The organization's model calls: tokens by model and local day with the cached share, and their cost. */
@Injectable()
export class GenAiUsageService {
  constructor(
    private readonly sums: SpendSums,
    private readonly scopes: CostScopes,
  ) {}

  async usage(org: Organization, query: GenAiQueryDto): Promise<GenAiUsageDto> {
    const scope = this.scopes.of(org, query);
    const window = { ...dayWindow(scope), limit: MAX_SPEND_GROUPS };
    const [perDay, perModel] = await Promise.all([
      this.sums.aggregate({ ...window, group_by: ['provider', 'model', 'local_day'] }),
      this.sums.aggregate({ ...window, group_by: ['provider', 'model'] }),
    ]);
    const models = modelGroups(perModel);
    const days: GenAiDayUsageDto[] = modelGroups(perDay)
      .sort((a, b) => (a.key.local_day ?? '').localeCompare(b.key.local_day ?? '') || byName(a, b))
      .map((group) => ({ day: group.key.local_day ?? '', ...modelUsage(group) }));
    return {
      ...answerOf(scope),
      days,
      models: models
        .map(modelUsage)
        .sort(
          (a, b) =>
            b.total_tokens - a.total_tokens ||
            a.provider.localeCompare(b.provider) ||
            a.model.localeCompare(b.model),
        ),
      total: tokensOf(addTotals(models)),
      truncated: perDay.truncated,
    };
  }

  async costs(org: Organization, query: GenAiQueryDto): Promise<GenAiCostsDto> {
    const scope = this.scopes.of(org, query);
    const sums = await this.sums.aggregate({
      ...dayWindow(scope),
      group_by: ['provider', 'model'],
      limit: MAX_SPEND_GROUPS,
    });
    const models = modelGroups(sums);
    const byProvider = new Map<string, ModelGroup[]>();
    for (const group of models)
      byProvider.set(group.provider, [...(byProvider.get(group.provider) ?? []), group]);
    return {
      ...answerOf(scope),
      providers: [...byProvider.entries()]
        .map(([provider, groups]) => ({ provider, ...addTotals(groups), order: provider }))
        .sort(byAmount)
        .map(({ order: _order, ...provider }) => provider),
      models: models.map((group) => ({ provider: group.provider, model: group.model, ...totalsOf(group) })),
      total: addTotals(models),
    };
  }
}
