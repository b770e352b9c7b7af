import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { CI_STREAMS } from '@slipway/contracts';
import { StreamEventPattern, type PayloadOf, type StreamContext } from '@slipway/streams';
import { JobRunner } from './job-runner';

const OnCiStream = StreamEventPattern<typeof CI_STREAMS>();
type CiJob = PayloadOf<typeof CI_STREAMS, 'ci.jobs'>;

@Controller()
export class RunnerController {
  constructor(@Inject(JobRunner) private readonly runner: JobRunner) {}

  @OnCiStream('ci.jobs')
  async run(@Payload() job: CiJob, @Ctx() context: StreamContext<CiJob>): Promise<void> {
    await this.runner.run(job, context.delivery.attempt);
  }
}
