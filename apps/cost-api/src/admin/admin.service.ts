import { Injectable } from '@nestjs/common';
import type { BootstrapReportDto } from '@slipway/contracts';
import { PriceCatalogue } from '../pricing/price-catalogue';
import { ShippedDefaults } from './shipped-defaults';

/**
 * The shipped defaults — plans with their limits, the global price catalogue, alert presets —
 * installed once (`bootstrap`, idempotent: a second run creates nothing) and brought up to date
 * (`sync`) without overwriting what organizations set for themselves.
 */
@Injectable()
export class AdminService {
  constructor(
    private readonly defaults: ShippedDefaults,
    private readonly prices: PriceCatalogue,
  ) {}

  async bootstrap(): Promise<BootstrapReportDto> {
    return {
      plans: await this.defaults.plansInstalled(false),
      prices: await this.prices.install(false),
      alert_presets: await this.defaults.presetsInstalled(false),
    };
  }

  async sync(): Promise<BootstrapReportDto> {
    return {
      plans: await this.defaults.plansInstalled(true),
      prices: await this.prices.install(true),
      alert_presets: await this.defaults.presetsInstalled(true),
    };
  }
}
