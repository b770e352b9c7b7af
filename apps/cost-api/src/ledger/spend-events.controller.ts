import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { StreamEventPattern, type PayloadOf } from '@slipway/streams';
import { SpendIngest } from './spend-ingest';
import type { SPEND_STREAMS } from './spend-streams';

const OnSpendStream = StreamEventPattern<typeof SPEND_STREAMS>();
type Usage = PayloadOf<typeof SPEND_STREAMS, 'cost.usage'>;
type JobEnded = PayloadOf<typeof SPEND_STREAMS, 'ci.job-events'>;

/** The cost-worker's consumer group: every model call and every CI job's end becomes spend. */
@Controller()
export class SpendEventsController {
  constructor(private readonly ingest: SpendIngest) {}

  @OnSpendStream('cost.usage')
  usage(@Payload() usage: Usage): Promise<void> {
    return this.ingest.usage(usage);
  }

  @OnSpendStream('ci.job-events')
  ciJob(@Payload() job: JobEnded): Promise<void> {
    return this.ingest.ciJob(job);
  }
}
