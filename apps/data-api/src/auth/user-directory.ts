import { Injectable } from '@nestjs/common';
import type { UserRole } from '@slipway/contracts';
import { DataApiConfig } from '../config';
import { Db } from '../database/db';

interface ActiveUser {
  id: string;
  role: UserRole;
}

const MAX_CACHED = 10_000;

/** Looks up active users by Telegram id, remembering answers briefly so a request costs one query, not two. */
@Injectable()
export class UserDirectory {
  private readonly cache = new Map<string, { user: ActiveUser | null; until: number }>();

  constructor(
    private readonly db: Db,
    private readonly config: DataApiConfig,
  ) {}

  async findActive(telegramId: string): Promise<ActiveUser | null> {
    const now = Date.now();
    const hit = this.cache.get(telegramId);
    if (hit && hit.until > now) return hit.user;
    const [user] = await this.db.query<ActiveUser>(
      'SELECT id, role FROM users WHERE telegram_id = $1 AND is_active',
      [telegramId],
    );
    if (this.config.AUTH_CACHE_TTL_MS > 0) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(telegramId, { user: user ?? null, until: now + this.config.AUTH_CACHE_TTL_MS });
    }
    return user ?? null;
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
}
