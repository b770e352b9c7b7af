import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { COST_STREAMS } from '@slipway/contracts';
import { StreamEventPattern, type PayloadOf, type StreamContext } from '@slipway/streams';
import { OutboxDelivery } from './outbox-delivery';

const OnCostStream = StreamEventPattern<typeof COST_STREAMS>();
type Outgoing = PayloadOf<typeof COST_STREAMS, 'notifications.outbox'>;

/** The cost-worker's consumer of notifications.outbox: each message is one delivery to one channel. */
@Controller()
export class OutboxController {
  constructor(private readonly delivery: OutboxDelivery) {}

  @OnCostStream('notifications.outbox')
  async deliver(@Payload() message: Outgoing, @Ctx() context: StreamContext<Outgoing>): Promise<void> {
    await this.delivery.deliver(message, {
      messageId: context.envelope.id,
      attempt: context.delivery.attempt,
      maxDeliveries: context.delivery.maxDeliveries,
    });
  }
}
