import { Logger } from '@nestjs/common';

/** Renews a consumer's claims on the entries it is working on, so a slow handler is not mistaken for a dead one. */
export class ClaimKeeper {
  private readonly logger = new Logger('RedisStreams');
  private timer?: NodeJS.Timeout;
  private renewing = false;

  constructor(
    private readonly intervalMs: number,
    private readonly inFlight: () => string[],
    private readonly extend: (ids: string[]) => Promise<void>,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.renew(), this.intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async renew(): Promise<void> {
    const ids = this.inFlight();
    if (this.renewing || ids.length === 0) return;
    this.renewing = true;
    try {
      await this.extend(ids);
    } catch (error) {
      this.logger.warn(`claim extension failed: ${(error as Error).message}`);
    } finally {
      this.renewing = false;
    }
  }
}
