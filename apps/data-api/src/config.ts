import { BaseConfig, EnvVar, PortVar, ServiceTokenVar } from '@slipway/platform';
import { IsBoolean, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class DataApiConfig extends BaseConfig {
  @PortVar(3001)
  PORT!: number;

  @EnvVar({
    description: 'PostgreSQL connection URL. `npm start` and the tests find or start one when it is unset.',
    default: 'postgres://postgres@127.0.0.1:5432/slipway',
    sensitive: true,
  })
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @EnvVar({ description: 'Connections in the PostgreSQL pool.', default: '10' })
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE!: number;

  @EnvVar({
    description: 'Per-statement time limit in milliseconds; a slower query answers 503.',
    default: '5000',
  })
  @IsInt()
  @Min(100)
  DB_STATEMENT_TIMEOUT_MS!: number;

  @EnvVar({
    description: 'Run pending migrations at boot; set false where a migration job runs them.',
    default: 'true',
  })
  @IsBoolean()
  MIGRATIONS_RUN!: boolean;

  @ServiceTokenVar()
  SERVICE_TOKEN!: string;

  @EnvVar({ description: 'Telegram id of a user made an active admin at boot.', optional: true })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'BOOTSTRAP_ADMIN_TELEGRAM_ID must be a Telegram user id (digits)' })
  BOOTSTRAP_ADMIN_TELEGRAM_ID?: string;

  @EnvVar({
    description:
      'How long a forwarded user resolved in the registry (X-Telegram-ID, X-User-Id) is cached, in milliseconds (0: never).',
    default: '5000',
  })
  @IsInt()
  @Min(0)
  AUTH_CACHE_TTL_MS!: number;
}
