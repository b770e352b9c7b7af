/**
 * Runs `run(orgId)` once per burst of touches of an organization: the first touch starts a wait of
 * `delayMs` (later ones do not push it back, so steady traffic still runs every `delayMs`), touches
 * during the wait join it, and touches while the run is going make exactly one more run after it.
 * A run's failure is the runner's to handle: `run` must not reject.
 */
export class OrgDebounce {
  private readonly waiting = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private closed = false;

  constructor(
    private readonly delayMs: number,
    private readonly run: (orgId: string) => Promise<void>,
  ) {}

  touch(orgId: string): void {
    if (this.closed) return;
    if (this.running.has(orgId)) {
      this.again.add(orgId);
      return;
    }
    if (this.waiting.has(orgId)) return;
    const timer = setTimeout(() => this.start(orgId), this.delayMs);
    timer.unref();
    this.waiting.set(orgId, timer);
  }

  /** Drops the waits and lets the runs going finish. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.waiting.values()) clearTimeout(timer);
    this.waiting.clear();
    this.again.clear();
    await Promise.all(this.running.values());
  }

  private start(orgId: string): void {
    this.waiting.delete(orgId);
    const running = this.run(orgId).finally(() => {
      this.running.delete(orgId);
      if (this.again.delete(orgId)) this.touch(orgId);
    });
    this.running.set(orgId, running);
  }
}
