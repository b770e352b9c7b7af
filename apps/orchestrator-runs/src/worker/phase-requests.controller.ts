import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RUNS_STREAMS } from '@slipway/contracts';
import { StreamEventPattern, type PayloadOf, type StreamContext } from '@slipway/streams';
import { PhaseExecutor } from './phase-executor';

const OnRunsStream = StreamEventPattern<typeof RUNS_STREAMS>();
type PhaseRequest = PayloadOf<typeof RUNS_STREAMS, 'runs.phase-requests'>;

/** The worker's consumer group: each phase request is executed by the PhaseExecutor. */
@Controller()
export class PhaseRequestsController {
  constructor(@Inject(PhaseExecutor) private readonly executor: PhaseExecutor) {}

  @OnRunsStream('runs.phase-requests')
  async execute(
    @Payload() request: PhaseRequest,
    @Ctx() _context: StreamContext<PhaseRequest>,
  ): Promise<void> {
    await this.executor.handle(request);
  }
}
