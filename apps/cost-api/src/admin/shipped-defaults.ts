import { Injectable } from '@nestjs/common';
import type { ShippedDefaultsReportDto } from '@slipway/contracts';
import { DataApiClient } from '@slipway/data-client';
import { PlanBook } from '../organizations/plan-book';
import { SHIPPED_PLANS, SHIPPED_PLANS_VERSION } from './shipped-plans';
import { SHIPPED_PRESETS, SHIPPED_PRESETS_VERSION } from './shipped-presets';

const report = (): ShippedDefaultsReportDto => ({ created: 0, updated: 0, unchanged: 0 });

/**
 * The plans and alert presets cost-api ships, written into data-api: `install` adds the missing
 * ones and leaves the rest; `upgrade` also brings rows of an older shipped version up to date.
 * Organizations' own limit overrides live on the organization and are never touched.
 */
@Injectable()
export class ShippedDefaults {
  constructor(
    private readonly data: DataApiClient,
    private readonly plans: PlanBook,
  ) {}

  async plansInstalled(upgrade: boolean): Promise<ShippedDefaultsReportDto> {
    const done = report();
    for (const plan of SHIPPED_PLANS) {
      const { data } = await this.data.get('/api/org_plans', {
        params: { query: { name: plan.name, limit: 1 } },
      });
      const row = data.items[0];
      if (!row) {
        await this.data.post('/api/org_plans', {
          body: { ...plan, shipped: true, shipped_version: SHIPPED_PLANS_VERSION },
        });
        done.created += 1;
      } else if (upgrade && row.shipped && row.shipped_version < SHIPPED_PLANS_VERSION) {
        const { name: _name, ...fields } = plan;
        await this.data.patch('/api/org_plans/{id}', {
          params: { path: { id: row.id } },
          headers: { 'if-match': `"${row.version}"` },
          body: { ...fields, shipped_version: SHIPPED_PLANS_VERSION },
        });
        done.updated += 1;
      } else done.unchanged += 1;
      this.plans.forget(plan.name);
    }
    return done;
  }

  async presetsInstalled(upgrade: boolean): Promise<ShippedDefaultsReportDto> {
    const done = report();
    for (const preset of SHIPPED_PRESETS) {
      const { data } = await this.data.get('/api/alert_presets', {
        params: { query: { name: preset.name, limit: 1 } },
      });
      const row = data.items[0];
      const body = {
        ...preset,
        definition: { ...preset.definition },
        shipped_version: SHIPPED_PRESETS_VERSION,
      };
      if (!row) {
        await this.data.post('/api/alert_presets', { body });
        done.created += 1;
      } else if (upgrade && row.shipped_version < SHIPPED_PRESETS_VERSION) {
        const { name: _name, ...fields } = body;
        await this.data.patch('/api/alert_presets/{id}', {
          params: { path: { id: row.id } },
          headers: { 'if-match': `"${row.version}"` },
          body: fields,
        });
        done.updated += 1;
      } else done.unchanged += 1;
    }
    return done;
  }
}
