import {
  Controller,
  Get,
  Inject,
  ServiceUnavailableException,
  type DynamicModule,
  type Type,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  TerminusModule,
  type HealthCheckResult,
  type HealthIndicatorFunction,
} from '@nestjs/terminus';
import { ProblemException } from './problem';
import { Public } from './public';

export const READINESS_CHECKS = Symbol('slipway:readiness-checks');

/** Set when the process has been asked to stop: /ready then answers 503 while in-flight work drains. */
export class ShutdownState {
  draining = false;
}

/** A readiness check an app contributes: its dependencies reachable, its migrations applied. */
export interface ReadinessCheck {
  check: HealthIndicatorFunction;
}

@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[],
    private readonly shutdown: ShutdownState,
  ) {}

  /** Liveness: the process answers. */
  @Public()
  @Get('health')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: every dependency answers; 503 with the failing ones otherwise. */
  @Public()
  @Get('ready')
  @HealthCheck()
  async ready(): Promise<HealthCheckResult> {
    if (this.shutdown.draining) throw new ProblemException('unavailable', 'Shutting down');
    try {
      return await this.health.check(this.checks.map((c) => c.check));
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      throw new ProblemException('unavailable', `Not ready: ${notReady(error.getResponse())}`);
    }
  }
}

/** The failing checks of terminus' answer, named with what they reported: `redis (message: unreachable)`. */
function notReady(response: string | object): string {
  const failing =
    typeof response === 'object' && 'error' in response ? (response as HealthCheckResult).error : undefined;
  if (!failing || Object.keys(failing).length === 0) return 'a dependency is unavailable';
  return Object.entries(failing)
    .map(([name, reported]) => {
      const facts = Object.entries(reported ?? {})
        .filter(([key]) => key !== 'status')
        .map(([key, value]) => `${key}: ${String(value)}`);
      return facts.length ? `${name} (${facts.join(', ')})` : name;
    })
    .join('; ');
}

export class HealthModule {
  /** Serves /health and /ready; `checks` are the app's ReadinessCheck classes, resolved with `imports`. */
  static forChecks(
    checks: Array<Type<ReadinessCheck>>,
    imports: DynamicModule['imports'] = [],
  ): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false }), ...imports],
      controllers: [HealthController],
      providers: [
        ...checks,
        { provide: READINESS_CHECKS, useFactory: (...found: ReadinessCheck[]) => found, inject: checks },
      ],
    };
  }
}
