import { Inject, Injectable } from '@nestjs/common';
import { COST_STREAMS } from '@slipway/contracts';
import { APP_CONFIG } from '@slipway/platform';
import { StreamProducer } from '@slipway/streams';
import type { NotificationSettings } from '../notification-settings';

/** The producer of `notifications.outbox` (and the cost streams beside it), on the app's Redis and prefix. */
@Injectable()
export class NotificationOutbox extends StreamProducer<typeof COST_STREAMS> {
  constructor(@Inject(APP_CONFIG) config: NotificationSettings) {
    super({
      url: config.REDIS_URL,
      prefix: config.REDIS_PREFIX,
      producer: 'cost-api',
      contracts: COST_STREAMS,
    });
  }
}
