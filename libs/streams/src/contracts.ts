/** A message contract: a class-validator/class-transformer payload class with a no-argument constructor. */
export interface ContractClass<T extends object = object> {
  new (): T;
  /** Payload schema version carried in the envelope; 1 when the class does not say. */
  readonly version?: number;
}

/**
 * The one name → payload map of a set of streams (STYLE "Message contracts"). Producers and
 * handlers derive their types from it, so they cannot drift apart:
 *
 *   export const ciContracts = { 'ci.jobs': CiJobRequested } satisfies StreamContracts;
 */
export type StreamContracts = Readonly<Record<string, ContractClass>>;

export type StreamName<C extends StreamContracts> = Extract<keyof C, string>;

/** The payload type a stream carries. */
export type PayloadOf<C extends StreamContracts, S extends StreamName<C>> = InstanceType<C[S]>;

export function contractVersion(contract: ContractClass): number {
  return contract.version ?? 1;
}
