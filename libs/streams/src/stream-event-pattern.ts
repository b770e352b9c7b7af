import { EventPattern } from '@nestjs/microservices';
import type { PayloadOf, StreamContracts, StreamName } from './contracts';
import type { StreamContext } from './stream-context';

export type StreamEventHandler<P> = (payload: P, context: StreamContext<P>) => Promise<void>;

/**
 * `@EventPattern` bound to a contracts map, so a handler's payload type comes from the map:
 *
 *   const OnCiEvent = StreamEventPattern<typeof ciContracts>();
 *   @OnCiEvent('ci.jobs') async run(@Payload() job: PayloadOf<…>, @Ctx() ctx: StreamContext<…>)
 *
 * A handler whose parameter types disagree with the map does not compile.
 */
export function StreamEventPattern<C extends StreamContracts>() {
  return <S extends StreamName<C>>(stream: S) =>
    <H extends StreamEventHandler<PayloadOf<C, S>>>(
      target: object,
      key: string | symbol,
      descriptor: TypedPropertyDescriptor<H>,
    ): void => {
      EventPattern<string>(stream)(target, key, descriptor);
    };
}
