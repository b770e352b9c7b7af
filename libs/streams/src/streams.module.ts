import { Module, type DynamicModule } from '@nestjs/common';
import type { StreamContracts } from './contracts';
import type { ProducerOptions } from './options';
import { StreamProducer } from './stream-producer';

/** Gives an app its `StreamProducer`; consumers are a server strategy (`RedisStreamsServer`), not a module. */
@Module({})
export class StreamsModule {
  static forProducer<C extends StreamContracts>(options: ProducerOptions<C>): DynamicModule {
    return {
      module: StreamsModule,
      providers: [{ provide: StreamProducer, useFactory: () => new StreamProducer(options) }],
      exports: [StreamProducer],
    };
  }
}
