/** Every Redis key the transport touches, under one configurable prefix. */
export class StreamKeys {
  constructor(readonly prefix: string) {}

  stream(name: string): string {
    return `${this.prefix}${name}`;
  }

  deadLetter(name: string): string {
    return `${this.prefix}${name}.dlq`;
  }

  /** The "done" marker of an envelope handled by a group (dedupe). */
  done(group: string, envelopeId: string): string {
    return `${this.prefix}streams:done:${group}:${envelopeId}`;
  }
}
