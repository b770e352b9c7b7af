import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cost service's notification channels, rules and deliveries (one per channel and event key),
 * and its cost alerts with their append-only history. Generated, then: the state type both alert
 * tables use created and dropped once.
 */
export class CostNotifications1796149052399 implements MigrationInterface {
  name = 'CostNotifications1796149052399';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_channel_kind\" AS ENUM('email', 'slack', 'webhook')",
    );
    await queryRunner.query(
      'CREATE TABLE "notification_channels" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "org_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "kind" "public"."notification_channel_kind" NOT NULL, "config" jsonb NOT NULL DEFAULT \'{}\', "secret_ciphertext" text, "secret_key_id" character varying(64), "enabled" boolean NOT NULL DEFAULT true, CONSTRAINT "notification_channels_sealed_secret" CHECK (("secret_ciphertext" IS NULL) = ("secret_key_id" IS NULL)), CONSTRAINT "PK_3bc0cb5b60e8659f5fc859b2af0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "notification_channels_org_name" ON "notification_channels"  ("org_id", "name") WHERE "deleted_at" IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5b54c3f2610e2f60fde48fb5c9" ON "notification_channels"  ("org_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5b81fd023985df6a6dcca24e8a" ON "notification_channels"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_event\" AS ENUM('alert_triggered', 'alert_resolved', 'quota_80', 'quota_100', 'integration_invalid', 'budget_reached', 'daily_summary', 'weekly_summary')",
    );
    await queryRunner.query(
      'CREATE TABLE "notification_rules" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "org_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "event" "public"."notification_event" NOT NULL, "channel_ids" uuid array NOT NULL DEFAULT \'{}\', "filters" jsonb NOT NULL DEFAULT \'{}\', "enabled" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_eb87ba4f7f01eabf003fcf4e65c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "notification_rules_org_name" ON "notification_rules"  ("org_id", "name") WHERE "deleted_at" IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_61257dbe884231fff4b21f1835" ON "notification_rules"  ("org_id", "event") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ca09f0a25c1bea0540fa55998a" ON "notification_rules"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"delivery_status\" AS ENUM('pending', 'sent', 'failed')",
    );
    await queryRunner.query(
      'CREATE TABLE "notification_deliveries" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "rule_id" uuid, "channel_id" uuid NOT NULL, "event_key" character varying(300) NOT NULL, "status" "public"."delivery_status" NOT NULL DEFAULT \'pending\', "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, "payload" jsonb NOT NULL DEFAULT \'{}\', "sent_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "notification_deliveries_channel_event_key" UNIQUE ("channel_id", "event_key"), CONSTRAINT "PK_81daeff81f237bd384f7cfc4a4c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f99ce3d4fe69b6dce663a00d58" ON "notification_deliveries"  ("rule_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_314b8dbb0c413fe1c9c58e7e0a" ON "notification_deliveries"  ("status", "updated_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a3cbf2107d032871dac8ecacff" ON "notification_deliveries"  ("org_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f8b9056736e2256ec04c3d0c0a" ON "notification_deliveries"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"cost_alert_kind\" AS ENUM('daily_spend_above', 'monthly_forecast_above_budget', 'spike_vs_trailing_mean', 'budget_percent')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"cost_alert_state\" AS ENUM('ok', 'triggered', 'resolved')",
    );
    await queryRunner.query(
      'CREATE TABLE "cost_alerts" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "org_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "kind" "public"."cost_alert_kind" NOT NULL, "threshold" numeric(18,6) NOT NULL, "params" jsonb NOT NULL DEFAULT \'{}\', "channel_ids" uuid array NOT NULL DEFAULT \'{}\', "enabled" boolean NOT NULL DEFAULT true, "state" "public"."cost_alert_state" NOT NULL DEFAULT \'ok\', "state_changed_at" TIMESTAMP(3) WITH TIME ZONE, "last_window" character varying(100), "last_threshold" numeric(18,6), CONSTRAINT "PK_244876e73cf95c02a72f210fa39" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "cost_alerts_org_name" ON "cost_alerts"  ("org_id", "name") WHERE "deleted_at" IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5fd9e54ee436ab8b0dc13f37ea" ON "cost_alerts"  ("org_id", "state") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bdc9c7a0c79bc28c0cc5a1ed7e" ON "cost_alerts"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "cost_alert_events" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "alert_id" uuid NOT NULL, "org_id" uuid NOT NULL, "from_state" "public"."cost_alert_state" NOT NULL, "to_state" "public"."cost_alert_state" NOT NULL, "window" character varying(100) NOT NULL, "value" numeric(24,12) NOT NULL, "threshold" numeric(18,6) NOT NULL, "detail" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_2911c66fb1570216cb3743e6f16" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_525de93a95232143e974f96a0f" ON "cost_alert_events"  ("org_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c63afcc06559c6352109390db4" ON "cost_alert_events"  ("alert_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6ef23665d4c8a5f09ebbc72744" ON "cost_alert_events"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_channels" ADD CONSTRAINT "FK_5b54c3f2610e2f60fde48fb5c9f" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_rules" ADD CONSTRAINT "FK_d9a1632c7921d3f44bde0be3d35" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_deliveries" ADD CONSTRAINT "FK_260a3687df5e2eba51bd3230768" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_deliveries" ADD CONSTRAINT "FK_f99ce3d4fe69b6dce663a00d58c" FOREIGN KEY ("rule_id") REFERENCES "notification_rules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_deliveries" ADD CONSTRAINT "FK_cb8fc3f1c2debe694670bc9d655" FOREIGN KEY ("channel_id") REFERENCES "notification_channels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_alerts" ADD CONSTRAINT "FK_ddc51660fa8a041c5b373f59d7f" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_alert_events" ADD CONSTRAINT "FK_18ff4173d4eeaa61a0b80aca895" FOREIGN KEY ("alert_id") REFERENCES "cost_alerts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_alert_events" ADD CONSTRAINT "FK_d55dfbc32b8d90e880910e518ae" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "cost_alert_events" DROP CONSTRAINT "FK_d55dfbc32b8d90e880910e518ae"',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_alert_events" DROP CONSTRAINT "FK_18ff4173d4eeaa61a0b80aca895"',
    );
    await queryRunner.query('ALTER TABLE "cost_alerts" DROP CONSTRAINT "FK_ddc51660fa8a041c5b373f59d7f"');
    await queryRunner.query(
      'ALTER TABLE "notification_deliveries" DROP CONSTRAINT "FK_cb8fc3f1c2debe694670bc9d655"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_deliveries" DROP CONSTRAINT "FK_f99ce3d4fe69b6dce663a00d58c"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_deliveries" DROP CONSTRAINT "FK_260a3687df5e2eba51bd3230768"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_rules" DROP CONSTRAINT "FK_d9a1632c7921d3f44bde0be3d35"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_channels" DROP CONSTRAINT "FK_5b54c3f2610e2f60fde48fb5c9f"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_6ef23665d4c8a5f09ebbc72744"');
    await queryRunner.query('DROP INDEX "public"."IDX_c63afcc06559c6352109390db4"');
    await queryRunner.query('DROP INDEX "public"."IDX_525de93a95232143e974f96a0f"');
    await queryRunner.query('DROP TABLE "cost_alert_events"');
    await queryRunner.query('DROP INDEX "public"."IDX_bdc9c7a0c79bc28c0cc5a1ed7e"');
    await queryRunner.query('DROP INDEX "public"."IDX_5fd9e54ee436ab8b0dc13f37ea"');
    await queryRunner.query('DROP INDEX "public"."cost_alerts_org_name"');
    await queryRunner.query('DROP TABLE "cost_alerts"');
    await queryRunner.query('DROP TYPE "public"."cost_alert_state"');
    await queryRunner.query('DROP TYPE "public"."cost_alert_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_f8b9056736e2256ec04c3d0c0a"');
    await queryRunner.query('DROP INDEX "public"."IDX_a3cbf2107d032871dac8ecacff"');
    await queryRunner.query('DROP INDEX "public"."IDX_314b8dbb0c413fe1c9c58e7e0a"');
    await queryRunner.query('DROP INDEX "public"."IDX_f99ce3d4fe69b6dce663a00d58"');
    await queryRunner.query('DROP TABLE "notification_deliveries"');
    await queryRunner.query('DROP TYPE "public"."delivery_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_ca09f0a25c1bea0540fa55998a"');
    await queryRunner.query('DROP INDEX "public"."IDX_61257dbe884231fff4b21f1835"');
    await queryRunner.query('DROP INDEX "public"."notification_rules_org_name"');
    await queryRunner.query('DROP TABLE "notification_rules"');
    await queryRunner.query('DROP TYPE "public"."notification_event"');
    await queryRunner.query('DROP INDEX "public"."IDX_5b81fd023985df6a6dcca24e8a"');
    await queryRunner.query('DROP INDEX "public"."IDX_5b54c3f2610e2f60fde48fb5c9"');
    await queryRunner.query('DROP INDEX "public"."notification_channels_org_name"');
    await queryRunner.query('DROP TABLE "notification_channels"');
    await queryRunner.query('DROP TYPE "public"."notification_channel_kind"');
  }
}
