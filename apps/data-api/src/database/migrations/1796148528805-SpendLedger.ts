import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The spend ledger (append-only, one row per event id) and its daily rollups. Generated, then: the
 * enum type both tables use created and dropped once; the rollup key UNIQUE NULLS NOT DISTINCT (a
 * row without node, project, model or user is one key, so upserts find it) and INCLUDE the sums,
 * so aggregates and trends of an organization's days read the key index alone; and (org_id,
 * occurred_at) INCLUDE the sums and the filtered columns, so hour trends read that index alone,
 * filtered or not. TypeORM knows neither clause: the entity declares the key by its columns and
 * the covering index with synchronize: false.
 */
export class SpendLedger1796148528805 implements MigrationInterface {
  name = 'SpendLedger1796148528805';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"spend_source\" AS ENUM('run', 'planner', 'ci', 'saas', 'adjustment')",
    );
    await queryRunner.query(
      'CREATE TABLE "spend_ledger" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" character varying(300) NOT NULL, "org_id" uuid NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "local_day" date NOT NULL, "source" "public"."spend_source" NOT NULL, "node_id" uuid, "project_id" uuid, "provider" character varying(100) NOT NULL, "model" character varying(200), "user_id" character varying(200), "run_id" uuid, "job_id" character varying(200), "input_tokens" integer NOT NULL DEFAULT \'0\', "output_tokens" integer NOT NULL DEFAULT \'0\', "cached_input_tokens" integer NOT NULL DEFAULT \'0\', "quantity" numeric(24,6), "amount" numeric(24,12) NOT NULL, "currency" character(3) NOT NULL DEFAULT \'USD\', "price_id" uuid, "price_snapshot" jsonb, "adjusts_id" uuid, CONSTRAINT "spend_ledger_event_id" UNIQUE ("event_id"), CONSTRAINT "spend_ledger_adjusts" CHECK ("adjusts_id" IS NULL OR "source" = \'adjustment\'), CONSTRAINT "spend_ledger_sign" CHECK ("source" = \'adjustment\' OR ("amount" >= 0 AND ("quantity" IS NULL OR "quantity" >= 0))), CONSTRAINT "PK_f83b51bf23e392d4f8386ff2d40" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_dbbf467cd4093ed9c337fa5d2b" ON "spend_ledger"  ("adjusts_id") WHERE "adjusts_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5627be1d5ace08fa021249123b" ON "spend_ledger"  ("run_id") WHERE "run_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f3d88b6d1d9b860623d2e37eba" ON "spend_ledger"  ("org_id", "local_day") ',
    );
    await queryRunner.query(
      'CREATE INDEX "spend_ledger_org_occurred_at" ON "spend_ledger" ("org_id", "occurred_at") INCLUDE ("amount", "input_tokens", "output_tokens", "cached_input_tokens", "source", "provider", "model", "project_id", "node_id", "user_id")',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4f969209ce25768e560163f8c9" ON "spend_ledger"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "spend_rollups_daily" ("id" BIGSERIAL NOT NULL, "org_id" uuid NOT NULL, "local_day" date NOT NULL, "node_id" uuid, "project_id" uuid, "provider" character varying(100) NOT NULL, "model" character varying(200), "source" "public"."spend_source" NOT NULL, "user_id" character varying(200), "amount" numeric(24,12) NOT NULL DEFAULT \'0\', "input_tokens" bigint NOT NULL DEFAULT \'0\', "output_tokens" bigint NOT NULL DEFAULT \'0\', "cached_input_tokens" bigint NOT NULL DEFAULT \'0\', "events" integer NOT NULL DEFAULT \'0\', CONSTRAINT "spend_rollups_daily_key" UNIQUE NULLS NOT DISTINCT ("org_id", "local_day", "node_id", "project_id", "provider", "model", "source", "user_id") INCLUDE ("amount", "input_tokens", "output_tokens", "cached_input_tokens", "events"), CONSTRAINT "PK_3936353d35c0b0049afa271e424" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "spend_ledger" ADD CONSTRAINT "FK_2b2dbe1de062666887a095f6b57" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spend_ledger" ADD CONSTRAINT "FK_5c3f9daa1e9c8bc103f74874f0c" FOREIGN KEY ("adjusts_id") REFERENCES "spend_ledger"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spend_rollups_daily" ADD CONSTRAINT "FK_eac61ce676bc4d923a9459cf971" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "spend_rollups_daily" DROP CONSTRAINT "FK_eac61ce676bc4d923a9459cf971"',
    );
    await queryRunner.query('ALTER TABLE "spend_ledger" DROP CONSTRAINT "FK_5c3f9daa1e9c8bc103f74874f0c"');
    await queryRunner.query('ALTER TABLE "spend_ledger" DROP CONSTRAINT "FK_2b2dbe1de062666887a095f6b57"');
    await queryRunner.query('DROP TABLE "spend_rollups_daily"');
    await queryRunner.query('DROP INDEX "public"."IDX_4f969209ce25768e560163f8c9"');
    await queryRunner.query('DROP INDEX "public"."spend_ledger_org_occurred_at"');
    await queryRunner.query('DROP INDEX "public"."IDX_f3d88b6d1d9b860623d2e37eba"');
    await queryRunner.query('DROP INDEX "public"."IDX_5627be1d5ace08fa021249123b"');
    await queryRunner.query('DROP INDEX "public"."IDX_dbbf467cd4093ed9c337fa5d2b"');
    await queryRunner.query('DROP TABLE "spend_ledger"');
    await queryRunner.query('DROP TYPE "public"."spend_source"');
  }
}
