export interface LogLine {
  stream: 'stdout' | 'stderr' | 'system';
  step?: string;
  text: string;
  at: string;
}

export interface LogSink {
  write(lines: LogLine[]): Promise<void>;
}

/**
 * Collects log lines and hands them to the sink in batches: at least every `intervalMs`, or as
 * soon as `maxLines` are waiting. Writes are serialised, so lines keep their order.
 */
export class LogBatcher {
  private pending: LogLine[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown;

  constructor(
    private readonly sink: LogSink,
    private readonly intervalMs = 200,
    private readonly maxLines = 500,
  ) {}

  push(line: Omit<LogLine, 'at'>): void {
    this.pending.push({ ...line, at: new Date().toISOString() });
    if (this.pending.length >= this.maxLines) this.flushSoon(0);
    else this.flushSoon(this.intervalMs);
  }

  /** Writes everything pushed so far; rejects if any write failed. */
  async flush(): Promise<void> {
    this.clearTimer();
    const batch = this.pending;
    this.pending = [];
    if (batch.length)
      this.writing = this.writing
        .then(() => this.sink.write(batch))
        .catch((error: unknown) => void (this.failure ??= error));
    await this.writing;
    if (this.failure !== undefined) throw this.failure;
  }

  private flushSoon(delayMs: number): void {
    if (this.timer !== undefined && delayMs > 0) return;
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush().catch(() => undefined), delayMs);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
