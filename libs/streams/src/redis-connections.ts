import Redis from 'ioredis';

/** The transport's Redis connections: one for commands, one per blocking reader. */
export class RedisConnections {
  readonly commands: Redis;
  private readonly readers = new Set<Redis>();

  constructor(url: string, name: string) {
    this.commands = new Redis(url, { connectionName: name, maxRetriesPerRequest: null });
  }

  /** A dedicated connection for XREADGROUP BLOCK, which would stall every other command on a shared one. */
  reader(): Redis {
    const reader = this.commands.duplicate();
    this.readers.add(reader);
    return reader;
  }

  async close(): Promise<void> {
    const all = [...this.readers, this.commands];
    this.readers.clear();
    await Promise.all(all.map((connection) => connection.quit().catch(() => connection.disconnect())));
  }
}
