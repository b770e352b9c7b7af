import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { BudgetClient } from './budget.client';
import { COST_CLIENT_OPTIONS, CostAdmissionClient, type CostClientOptions } from './cost-admission.client';
import { CostCredentialsClient } from './cost-credentials.client';
import { LeaseKeeper } from './lease-keeper';
import { OrgResolver } from './org-resolver';
import { RepositoryOrgs } from './repository-orgs';

/**
 * `CostClientModule.forRoot({ baseUrl, serviceToken })` in an app's root module makes the
 * admission client, the credentials client, the project → organization resolver, the repository →
 * organization rule and the lease keeper injectable; the client's connections close when the app
 * shuts down. Needs DataClientModule (OrgResolver and RepositoryOrgs read data-api) and
 * PlatformModule (the logger).
 */
@Module({})
export class CostClientModule implements OnApplicationShutdown {
  constructor(
    @Inject(CostAdmissionClient) private readonly client: CostAdmissionClient,
    @Inject(CostCredentialsClient) private readonly credentials: CostCredentialsClient,
    @Inject(BudgetClient) private readonly budgets: BudgetClient,
  ) {}

  static forRoot(options: CostClientOptions): DynamicModule {
    return {
      module: CostClientModule,
      global: true,
      providers: [
        { provide: COST_CLIENT_OPTIONS, useValue: options },
        CostAdmissionClient,
        CostCredentialsClient,
        BudgetClient,
        OrgResolver,
        RepositoryOrgs,
        LeaseKeeper,
      ],
      exports: [
        CostAdmissionClient,
        CostCredentialsClient,
        BudgetClient,
        OrgResolver,
        RepositoryOrgs,
        LeaseKeeper,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.client.close(), this.credentials.close(), this.budgets.close()]);
  }
}
