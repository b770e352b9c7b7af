import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { APP_CONFIG, type ReadinessCheck } from '@slipway/platform';
import { request } from 'undici';
import type { GatewayConfig } from '../config';
import { upstreamUrls } from './proxy-routes';

const PROBE_TIMEOUT_MS = 2_000;

/**
 * /ready of the gateway asks every configured upstream's own /ready and names each one's state.
 * It is ready while it can authenticate — data-api answers (keys, sessions); another upstream
 * being down shows in the answer but keeps no replica out of the load balancer: that upstream's
 * routes answer 503 on their own, and every other route keeps working.
 */
@Injectable()
export class UpstreamReadiness implements ReadinessCheck {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {}

  readonly check = async () => {
    const session = this.indicators.check('upstreams');
    const configured = Object.entries(upstreamUrls(this.config)).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    );
    const states = await Promise.all(
      configured.map(async ([name, base]) => [name, await probe(`${base}/ready`)] as const),
    );
    const details = Object.fromEntries(states);
    return details['data-api'] === 'up' ? session.up(details) : session.down(details);
  };
}

async function probe(url: string): Promise<string> {
  try {
    const answer = await request(url, { headersTimeout: PROBE_TIMEOUT_MS, bodyTimeout: PROBE_TIMEOUT_MS });
    await answer.body.dump();
    return answer.statusCode === 200 ? 'up' : `down (${answer.statusCode})`;
  } catch {
    return 'down (unreachable)';
  }
}
