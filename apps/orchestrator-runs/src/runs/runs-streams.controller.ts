import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { RUNS_STREAMS } from '@slipway/contracts';
import { StreamEventPattern, type PayloadOf, type StreamContext } from '@slipway/streams';
import { EngineeringTaskRuns } from './engineering-tasks';
import { RunOrchestrator } from './run-orchestrator';

const OnRunsStream = StreamEventPattern<typeof RUNS_STREAMS>();
type PhaseResult = PayloadOf<typeof RUNS_STREAMS, 'runs.phase-results'>;
type EngineeringTask = PayloadOf<typeof RUNS_STREAMS, 'engineering:queue'>;

/** The orchestrator's consumer group: phase outcomes from the workers, engineering tasks from the CLI. */
@Controller()
export class RunsStreamsController {
  constructor(
    @Inject(RunOrchestrator) private readonly orchestrator: RunOrchestrator,
    @Inject(EngineeringTaskRuns) private readonly engineeringTasks: EngineeringTaskRuns,
  ) {}

  @OnRunsStream('runs.phase-results')
  async phaseResult(
    @Payload() result: PhaseResult,
    @Ctx() _context: StreamContext<PhaseResult>,
  ): Promise<void> {
    await this.orchestrator.onResult(result);
  }

  @OnRunsStream('engineering:queue')
  async engineeringTask(
    @Payload() task: EngineeringTask,
    @Ctx() _context: StreamContext<EngineeringTask>,
  ): Promise<void> {
    await this.engineeringTasks.startForTask(task);
  }
}
