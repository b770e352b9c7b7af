import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { DataApiErrorsInterceptor, DataClientModule } from '@slipway/data-client';
import { IdentityModule } from '@slipway/identity';
import { HealthModule, PlatformModule } from '@slipway/platform';
import { RedisModule, RedisReadiness } from '@slipway/redis';
import { AccessModule } from './access/access.module';
import { ApiKeyStrategy } from './access/api-key.strategy';
import { AuditModule } from './audit/audit.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PipelinesModule } from './pipelines/pipelines.module';
import { QuotaModule } from './quota/quota.module';
import { ValidatorModule } from './validator/validator.module';
import type { CostApiConfig } from './config';
import { CostCoreModule } from './cost-core.module';
import { DataApiReadiness } from './data-api-readiness';
import { HierarchyModule } from './hierarchy/hierarchy.module';
import { PricingModule } from './pricing/pricing.module';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';
import { IntegrationsModule } from './integrations/integrations.module';
import { AdminModule } from './admin/admin.module';
import { AlertsModule } from './alerts/alerts.module';
import { NotificationsModule } from './notifications/notifications.module';
import { CostsModule } from './costs/costs.module';
import { GenAiModule } from './genai/genai.module';
import { BudgetsModule } from './budgets/budgets.module';

export const DESCRIPTION = {
  service: 'cost-api',
  title: 'Slipway cost-api',
  description:
    'Organizations, their API keys, members and audit log; provider integrations, model pricing and subscriptions; the cost hierarchy and its budgets, with reservations held before each model call; quotas; the pipeline validator and pipeline runs; cost and GenAI reads over the spend ledger; notifications (channels, rules, digests, delivery history) and cost alerts with their history.',
  version: '0.1.0',
  apiKeyHeaders: { 'api-key': 'X-API-Key' },
};

/** One module per router; each feature folder adds its own here. */
const FEATURES = [
  AuditModule,
  OrganizationsModule,
  QuotaModule,
  ValidatorModule,
  PipelinesModule,
  HierarchyModule,
  PricingModule,
  SubscriptionsModule,
  IntegrationsModule,
  AdminModule,
  NotificationsModule,
  AlertsModule,
  CostsModule,
  GenAiModule,
];

@Module({})
export class AppModule {
  static register(config: CostApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forApp('cost-api', config),
        RedisModule.forRoot(config, 'cost-api'),
        DataClientModule.forRoot({ baseUrl: config.DATA_API_URL, serviceToken: config.SERVICE_TOKEN }),
        CostCoreModule,
        AccessModule,
        IdentityModule.forRoot({
          serviceToken: config.SERVICE_TOKEN,
          imports: [AccessModule],
          credentials: [ApiKeyStrategy],
        }),
        HealthModule.forChecks([RedisReadiness, DataApiReadiness]),
        ...FEATURES,
        BudgetsModule,
      ],
      providers: [{ provide: APP_INTERCEPTOR, useClass: DataApiErrorsInterceptor }],
    };
  }
}
