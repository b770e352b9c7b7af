import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { APP_CONFIG, type ReadinessCheck } from '@slipway/platform';
import { request } from 'undici';
import type { CostSharedConfig } from './config';

const PROBE_TIMEOUT_MS = 2_000;

/** Ready while data-api, where every cost record lives, answers its own /ready. */
@Injectable()
export class DataApiReadiness implements ReadinessCheck {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(APP_CONFIG) private readonly config: CostSharedConfig,
  ) {}

  readonly check = async () => {
    const session = this.indicators.check('data-api');
    try {
      const answer = await request(`${this.config.DATA_API_URL}/ready`, {
        headersTimeout: PROBE_TIMEOUT_MS,
        bodyTimeout: PROBE_TIMEOUT_MS,
      });
      await answer.body.dump();
      return answer.statusCode === 200
        ? session.up()
        : session.down({ message: `answered ${answer.statusCode}` });
    } catch {
      return session.down({ message: 'unreachable' });
    }
  };
}
