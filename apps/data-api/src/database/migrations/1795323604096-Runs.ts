import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Runs1795323604096 implements MigrationInterface {
  name = 'Runs1795323604096';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"run_status\" AS ENUM('created', 'running', 'awaiting_approval', 'completed', 'failed', 'cancelling', 'cancelled', 'crashed')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"run_phase\" AS ENUM('planning', 'architecture', 'data', 'development', 'qa', 'documentation')",
    );
    await queryRunner.query('CREATE TYPE "public"."run_mode" AS ENUM(\'manual\', \'auto\')');
    await queryRunner.query(
      'CREATE TABLE "runs" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "profile" character varying(100) NOT NULL, "intake" text, "project_name" character varying(300), "project_id" uuid, "owner_id" character varying(200) NOT NULL, "owner_email" character varying(320), "status" "public"."run_status" NOT NULL DEFAULT \'created\', "current_phase" "public"."run_phase" NOT NULL DEFAULT \'planning\', "mode" "public"."run_mode" NOT NULL DEFAULT \'manual\', "budget_usd" numeric(20,10), "parent_run_id" uuid, "root_run_id" uuid, "metadata" jsonb NOT NULL DEFAULT \'{}\', "started_at" TIMESTAMP(3) WITH TIME ZONE, "completed_at" TIMESTAMP(3) WITH TIME ZONE, "error" text, "last_event_seq" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_46d6a1e257c38ba58f1a3c30836" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_116e0228e735b86128438370e9" ON "runs"  ("project_id") ');
    await queryRunner.query('CREATE INDEX "IDX_6fc5e662c796f433f0f0f7817c" ON "runs"  ("owner_id") ');
    await queryRunner.query('CREATE INDEX "IDX_960d03633e2a14a4bdf668aa1e" ON "runs"  ("status") ');
    await queryRunner.query('CREATE INDEX "IDX_37f258fece4cb193dda35554a0" ON "runs"  ("parent_run_id") ');
    await queryRunner.query('CREATE INDEX "IDX_f85773e417e53e1addd7f88001" ON "runs"  ("root_run_id") ');
    await queryRunner.query('CREATE INDEX "IDX_7f047f6858d4b97b59d0a2c5ae" ON "runs"  ("updated_at") ');
    await queryRunner.query('CREATE INDEX "IDX_f491380abb47823c6d384cdb81" ON "runs"  ("created_at", "id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"phase_status\" AS ENUM('pending', 'running', 'completed', 'failed', 'skipped')",
    );
    await queryRunner.query(
      'CREATE TABLE "run_phases" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "run_id" uuid NOT NULL, "phase" "public"."run_phase" NOT NULL, "status" "public"."phase_status" NOT NULL DEFAULT \'pending\', "attempt" integer NOT NULL DEFAULT \'0\', "lease_owner" character varying(200), "lease_until" TIMESTAMP(3) WITH TIME ZONE, "started_at" TIMESTAMP(3) WITH TIME ZONE, "completed_at" TIMESTAMP(3) WITH TIME ZONE, "error" text, "agent_ids" text array NOT NULL DEFAULT \'{}\', "governance" jsonb, CONSTRAINT "run_phases_run_phase" UNIQUE ("run_id", "phase"), CONSTRAINT "PK_e2332c71e24500838156b3a7fcf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9f93a2f2327f335241ea65f895" ON "run_phases"  ("status", "lease_until") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c2fd2a8ca4b4f6ba8179f3d72f" ON "run_phases"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "run_events" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "run_id" uuid NOT NULL, "seq" integer NOT NULL, "type" character varying(100) NOT NULL, "phase" "public"."run_phase", "payload" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "run_events_run_seq" UNIQUE ("run_id", "seq"), CONSTRAINT "PK_6a60304b2cec8281b713a19fa7b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_beb60d519b217c87c711cc1240" ON "run_events"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "artifacts" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "run_id" uuid NOT NULL, "phase" "public"."run_phase" NOT NULL, "name" character varying(500) NOT NULL, "path" character varying(1000) NOT NULL, "sha256" character(64) NOT NULL, "size_bytes" integer NOT NULL, "artifact_type" character varying(50) NOT NULL, "description" text, "agent_id" character varying(100), CONSTRAINT "artifacts_run_phase_name" UNIQUE ("run_id", "phase", "name"), CONSTRAINT "PK_6516bbed3c129918e05c5012edb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3eff597b51d048ed93cb2b511c" ON "artifacts"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "llm_usage" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "run_id" uuid NOT NULL, "phase" "public"."run_phase" NOT NULL, "agent_id" character varying(100) NOT NULL, "provider" character varying(100) NOT NULL, "model" character varying(200) NOT NULL, "provider_response_id" character varying(300) NOT NULL, "input_tokens" integer NOT NULL, "output_tokens" integer NOT NULL, "cached_input_tokens" integer NOT NULL DEFAULT \'0\', "reasoning_tokens" integer NOT NULL DEFAULT \'0\', "cost_usd" numeric(27,15) NOT NULL, "price_snapshot" jsonb NOT NULL, "estimated" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_065fb4541cb3c179a1d2d76170d" UNIQUE ("provider_response_id"), CONSTRAINT "PK_896db5280e4018d7bc7acd24294" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4c9181070f808616bb843c1cf4" ON "llm_usage"  ("run_id", "phase") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d6f4436a2e77a028372eb362ef" ON "llm_usage"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "runs" ADD CONSTRAINT "FK_116e0228e735b86128438370e90" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "runs" ADD CONSTRAINT "FK_37f258fece4cb193dda35554a0a" FOREIGN KEY ("parent_run_id") REFERENCES "runs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "run_phases" ADD CONSTRAINT "FK_ee7d6ecf933669359aeb8d854ed" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "run_events" ADD CONSTRAINT "FK_5d8974d438d9e9eb7dd9f6856d1" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "artifacts" ADD CONSTRAINT "FK_3468f92022f7d5254bf3240954c" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "llm_usage" ADD CONSTRAINT "FK_eb011ea9ccae8a8a3265ddea1f9" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "llm_usage" DROP CONSTRAINT "FK_eb011ea9ccae8a8a3265ddea1f9"');
    await queryRunner.query('ALTER TABLE "artifacts" DROP CONSTRAINT "FK_3468f92022f7d5254bf3240954c"');
    await queryRunner.query('ALTER TABLE "run_events" DROP CONSTRAINT "FK_5d8974d438d9e9eb7dd9f6856d1"');
    await queryRunner.query('ALTER TABLE "run_phases" DROP CONSTRAINT "FK_ee7d6ecf933669359aeb8d854ed"');
    await queryRunner.query('ALTER TABLE "runs" DROP CONSTRAINT "FK_37f258fece4cb193dda35554a0a"');
    await queryRunner.query('ALTER TABLE "runs" DROP CONSTRAINT "FK_116e0228e735b86128438370e90"');
    await queryRunner.query('DROP INDEX "public"."IDX_d6f4436a2e77a028372eb362ef"');
    await queryRunner.query('DROP INDEX "public"."IDX_4c9181070f808616bb843c1cf4"');
    await queryRunner.query('DROP TABLE "llm_usage"');
    await queryRunner.query('DROP INDEX "public"."IDX_3eff597b51d048ed93cb2b511c"');
    await queryRunner.query('DROP TABLE "artifacts"');
    await queryRunner.query('DROP INDEX "public"."IDX_beb60d519b217c87c711cc1240"');
    await queryRunner.query('DROP TABLE "run_events"');
    await queryRunner.query('DROP INDEX "public"."IDX_c2fd2a8ca4b4f6ba8179f3d72f"');
    await queryRunner.query('DROP INDEX "public"."IDX_9f93a2f2327f335241ea65f895"');
    await queryRunner.query('DROP TABLE "run_phases"');
    await queryRunner.query('DROP TYPE "public"."phase_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_f491380abb47823c6d384cdb81"');
    await queryRunner.query('DROP INDEX "public"."IDX_7f047f6858d4b97b59d0a2c5ae"');
    await queryRunner.query('DROP INDEX "public"."IDX_f85773e417e53e1addd7f88001"');
    await queryRunner.query('DROP INDEX "public"."IDX_37f258fece4cb193dda35554a0"');
    await queryRunner.query('DROP INDEX "public"."IDX_960d03633e2a14a4bdf668aa1e"');
    await queryRunner.query('DROP INDEX "public"."IDX_6fc5e662c796f433f0f0f7817c"');
    await queryRunner.query('DROP INDEX "public"."IDX_116e0228e735b86128438370e9"');
    await queryRunner.query('DROP TABLE "runs"');
    await queryRunner.query('DROP TYPE "public"."run_mode"');
    await queryRunner.query('DROP TYPE "public"."run_phase"');
    await queryRunner.query('DROP TYPE "public"."run_status"');
  }
}
