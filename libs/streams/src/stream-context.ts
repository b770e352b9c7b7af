import { BaseRpcContext } from '@nestjs/microservices';
import type { StreamEnvelope } from './envelope';

export interface DeliveryInfo {
  stream: string;
  group: string;
  /** The stream entry id (`1718000000000-0`). */
  entryId: string;
  /** 1 on the first delivery; grows with each retry or reclaim. */
  attempt: number;
  /** Deliveries allowed before the message goes to `<stream>.dlq`: a handler failing at this attempt is the last. */
  maxDeliveries: number;
}

/** What `@Ctx()` gives a stream handler: the envelope's metadata and the delivery. */
export class StreamContext<P = unknown> extends BaseRpcContext<[StreamEnvelope<P>, DeliveryInfo]> {
  get envelope(): StreamEnvelope<P> {
    return this.args[0];
  }

  get delivery(): DeliveryInfo {
    return this.args[1];
  }
}
