import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import type { CostApiConfig } from '../config';
import { ProviderCheck } from './provider-check';
import { parseProviderBaseUrls } from './provider-request';

/** ProviderCheck with cost-api's settings: INTEGRATION_VALIDATE_TIMEOUT_MS and PROVIDER_BASE_URLS. */
@Injectable()
export class IntegrationCheck extends ProviderCheck implements OnApplicationShutdown {
  constructor(@Inject(APP_CONFIG) config: CostApiConfig) {
    super({
      timeoutMs: config.INTEGRATION_VALIDATE_TIMEOUT_MS,
      baseUrls: parseProviderBaseUrls(config.PROVIDER_BASE_URLS),
    });
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }
}
