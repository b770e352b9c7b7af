import { Injectable } from '@nestjs/common';
import type { Role } from '@slipway/identity';
import { DataApiConfig } from '../config';
import { Db } from '../database/db';

export interface ActiveUser {
  id: string;
  telegram_id: string | null;
  email: string | null;
  role: Role;
}

const MAX_CACHED = 10_000;
const COLUMNS = 'id, telegram_id, email, role';

/** Looks up active users by Telegram id or registry id, remembering answers briefly so a request costs one query, not two. */
@Injectable()
export class UserDirectory {
  private readonly cache = new Map<string, { user: ActiveUser | null; until: number }>();

  constructor(
    private readonly db: Db,
    private readonly config: DataApiConfig,
  ) {}

  findByTelegramId(telegramId: string): Promise<ActiveUser | null> {
    return this.find(`telegram:${telegramId}`, 'telegram_id', telegramId);
  }

  findById(id: string): Promise<ActiveUser | null> {
    return this.find(`id:${id}`, 'id', id);
  }

  /** Called after a write to users so a change of role or activity counts at once on this replica. */
  forget(): void {
    this.cache.clear();
  }

  async ensureAdmin(telegramId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO users (telegram_id, role, is_active) VALUES ($1, 'admin', true)
       ON CONFLICT (telegram_id) DO UPDATE SET role = 'admin', is_active = true,
         version = users.version + 1, updated_at = now()
       WHERE users.role <> 'admin' OR NOT users.is_active`,
      [telegramId],
    );
  }

  private async find(key: string, column: 'id' | 'telegram_id', value: string): Promise<ActiveUser | null> {
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && hit.until > now) return hit.user;
    const [user] = await this.db.query<ActiveUser>(
      `SELECT ${COLUMNS} FROM users WHERE ${column} = $1 AND is_active`,
      [value],
    );
    if (this.config.AUTH_CACHE_TTL_MS > 0) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(key, { user: user ?? null, until: now + this.config.AUTH_CACHE_TTL_MS });
    }
    return user ?? null;
  }
}
