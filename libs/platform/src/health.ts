import { Controller, Get, Inject, type DynamicModule, type Type } from '@nestjs/common';
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
    return this.health.check(this.checks.map((c) => c.check));
  }
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
