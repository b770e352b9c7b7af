import { Logger } from '@nestjs/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People who sign in by API key or OIDC may have no Telegram account, and are matched to their
 * registry user by email, so an address must name one user whatever its case.
 */
export class UsersWithoutTelegram1796128145379 implements MigrationInterface {
  name = 'UsersWithoutTelegram1796128145379';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The UNIQUE constraint on telegram_id stays: PostgreSQL lets any number of rows leave it NULL.
    await queryRunner.query('ALTER TABLE "users" ALTER COLUMN "telegram_id" DROP NOT NULL');
    // Addresses written before the rule may collide. A blank one names nobody and becomes NULL.
    // Of users sharing an address (case aside), the one who keeps it is an active user before an
    // inactive one, then the oldest: whoever held it first. The others lose only the address (no
    // user is merged or removed), so a sign-in by that address reaches only the user who keeps it;
    // each is logged with the user who kept the address, for an admin to settle.
    await queryRunner.query(
      `UPDATE "users" SET "email" = NULL, "version" = "version" + 1, "updated_at" = now()
       WHERE "email" IS NOT NULL AND btrim("email") = ''`,
    );
    const cleared = (await queryRunner.query(
      `WITH ranked AS (
         SELECT "id", row_number() OVER holders AS rank, first_value("id") OVER holders AS kept_by
         FROM "users" WHERE "email" IS NOT NULL
         WINDOW holders AS (PARTITION BY lower("email") ORDER BY "is_active" DESC, "created_at", "id")
       ), cleared AS (
         UPDATE "users" u SET "email" = NULL, "version" = u."version" + 1, "updated_at" = now()
         FROM ranked r WHERE r."id" = u."id" AND r.rank > 1
         RETURNING u."id", r.kept_by
       )
       SELECT "id", kept_by FROM cleared ORDER BY kept_by, "id"`,
    )) as { id: string; kept_by: string }[];
    if (cleared.length) {
      new Logger('migrations').warn(
        `email addresses shared by several users now stay with one of them: ${cleared
          .map((row) => `user ${row.id} lost the address user ${row.kept_by} keeps`)
          .join('; ')}`,
      );
    }
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_users_email_lower" ON "users" (lower("email")) WHERE "email" IS NOT NULL',
    );
  }

  /** Addresses that `up` cleared stay cleared. */
  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ n }] = (await queryRunner.query(
      'SELECT count(*)::int AS n FROM "users" WHERE "telegram_id" IS NULL',
    )) as { n: number }[];
    if (n > 0) {
      throw new Error(
        `${n} user(s) have no telegram_id; give them one or remove them before reverting UsersWithoutTelegram`,
      );
    }
    await queryRunner.query('DROP INDEX "public"."UQ_users_email_lower"');
    await queryRunner.query('ALTER TABLE "users" ALTER COLUMN "telegram_id" SET NOT NULL');
  }
}
