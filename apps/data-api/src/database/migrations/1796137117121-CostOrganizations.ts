import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cost service's records: organizations, their plans, members, keys, audit log, integrations,
 * model prices, SaaS subscriptions, hierarchy, projects, quota-counted pipelines and alert presets.
 * Generated, then: enum types shared by two tables created and dropped once, and btree_gist
 * created first for model_prices' exclusion constraint (uuid and text equality in a GiST index).
 */
export class CostOrganizations1796137117121 implements MigrationInterface {
  name = 'CostOrganizations1796137117121';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await queryRunner.query('CREATE TYPE "public"."org_status" AS ENUM(\'active\', \'suspended\')');
    await queryRunner.query(
      'CREATE TABLE "organizations" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(63) NOT NULL, "name" character varying(200) NOT NULL, "currency" character(3) NOT NULL, "timezone" character varying(64) NOT NULL, "country" character(2) NOT NULL, "fiscal_year_start" smallint NOT NULL DEFAULT \'1\', "plan" character varying(50) NOT NULL, "pending_plan" character varying(50), "pending_plan_from" TIMESTAMP(3) WITH TIME ZONE, "limit_overrides" jsonb NOT NULL DEFAULT \'{}\', "hierarchy_levels" text array NOT NULL DEFAULT \'{department,team,project}\', "status" "public"."org_status" NOT NULL DEFAULT \'active\', CONSTRAINT "UQ_963693341bd612aa01ddf3a4b68" UNIQUE ("slug"), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_f3770f157bd77d83ab022e92fc" ON "organizations"  ("status") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_a8cf5495d8702a68ad85312452" ON "organizations"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "org_plans" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(50) NOT NULL, "label" character varying(100) NOT NULL, "daily_pipelines" integer NOT NULL, "monthly_pipelines" integer NOT NULL, "concurrent_pipelines" integer NOT NULL, "providers" integer NOT NULL, "seats" integer NOT NULL, "price_monthly" numeric(18,6) NOT NULL, "currency" character(3) NOT NULL, "shipped" boolean NOT NULL DEFAULT false, "shipped_version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "UQ_b40bf437bb361b2a4adac37e741" UNIQUE ("name"), CONSTRAINT "PK_f2dcc9f1280ebdfabbad2e7e2ba" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a4a60455f598088ccadf283e1c" ON "org_plans"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"org_role\" AS ENUM('owner', 'admin', 'member', 'viewer')",
    );
    await queryRunner.query(
      'CREATE TABLE "org_members" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."org_role" NOT NULL, CONSTRAINT "org_members_org_user" UNIQUE ("org_id", "user_id"), CONSTRAINT "PK_8391a72b91725161ab2cab00be9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_220d854a7932f6aac9ed84f71c" ON "org_members"  ("user_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_5deb462ee042386886260e3c89" ON "org_members"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "org_api_keys" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "key_prefix" character varying(24) NOT NULL, "key_hash" character(64) NOT NULL, "role" "public"."org_role" NOT NULL DEFAULT \'admin\', "created_by" character varying(200), "last_used_at" TIMESTAMP(3) WITH TIME ZONE, "expires_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "UQ_eb6b80fa9ed8e092e9145a2d6c7" UNIQUE ("key_hash"), CONSTRAINT "PK_059a1d41f7acb2e860c0a608fd0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_431c2adf8ad7ebcc0a7f5cde24" ON "org_api_keys"  ("org_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_c8620342b688ff716501e2757f" ON "org_api_keys"  ("key_prefix") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0d28e4110e8769ce2326e78812" ON "org_api_keys"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "org_audit_logs" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "actor_type" character varying(20) NOT NULL, "actor_id" character varying(200) NOT NULL, "action" character varying(100) NOT NULL, "target_type" character varying(50) NOT NULL, "target_id" character varying(200), "before" jsonb, "after" jsonb, "request_id" character varying(200), CONSTRAINT "PK_31ab1670e63e9b14f8f5c1246fd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_155323dc18208e266fcb1bb252" ON "org_audit_logs"  ("target_type", "target_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b92b66caabf203834dccfbb533" ON "org_audit_logs"  ("org_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c619b4b7500fa12cb69ee7812c" ON "org_audit_logs"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"integration_status\" AS ENUM('pending', 'valid', 'invalid')",
    );
    await queryRunner.query(
      'CREATE TABLE "org_integrations" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "provider" character varying(40) NOT NULL, "ciphertext" text NOT NULL, "key_id" character varying(64) NOT NULL, "fingerprint" character varying(64) NOT NULL, "base_url" character varying(2000), "settings" jsonb NOT NULL DEFAULT \'{}\', "status" "public"."integration_status" NOT NULL DEFAULT \'pending\', "status_reason" text, "validated_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "org_integrations_org_provider" UNIQUE ("org_id", "provider"), CONSTRAINT "PK_6d8e4eec41b2f31fb7be5711dac" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_7cd89cd1642e27f5b30cfe1ec6" ON "org_integrations"  ("created_at", "id") ',
    );
    await queryRunner.query('CREATE TYPE "public"."price_source" AS ENUM(\'catalogue\', \'custom\')');
    await queryRunner.query(
      'CREATE TABLE "model_prices" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid, "provider" character varying(100) NOT NULL, "model" character varying(200) NOT NULL, "input_per_1m" numeric(20,10) NOT NULL, "output_per_1m" numeric(20,10) NOT NULL, "cached_input_per_1m" numeric(20,10), "cache_write_per_1m" numeric(20,10), "reasoning_per_1m" numeric(20,10), "per_request" numeric(20,10), "currency" character(3) NOT NULL DEFAULT \'USD\', "valid_from" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "valid_to" TIMESTAMP(3) WITH TIME ZONE, "source" "public"."price_source" NOT NULL, "note" character varying(500), CONSTRAINT "model_prices_valid_period" CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from"), CONSTRAINT "model_prices_no_overlap" EXCLUDE USING gist (COALESCE("org_id", \'00000000-0000-0000-0000-000000000000\'::uuid) WITH =, "provider" WITH =, "model" WITH =, tstzrange("valid_from", "valid_to") WITH &&), CONSTRAINT "PK_1409a57d11faf4496339c681f6e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_08a792745e4805b4b73c2e9a03" ON "model_prices"  ("org_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_78c19d19cc76b4af821ed2eec3" ON "model_prices"  ("provider", "model", "valid_from") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_7b92a3861282636a90a902a256" ON "model_prices"  ("created_at", "id") ',
    );
    await queryRunner.query('CREATE TYPE "public"."pricing_model" AS ENUM(\'per_seat\', \'flat\')');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"billing_period\" AS ENUM('monthly', 'quarterly', 'yearly')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"subscription_status\" AS ENUM('active', 'cancelled', 'expired')",
    );
    await queryRunner.query(
      'CREATE TABLE "saas_subscriptions" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "org_id" uuid NOT NULL, "provider" character varying(100) NOT NULL, "plan_name" character varying(200) NOT NULL, "pricing_model" "public"."pricing_model" NOT NULL, "unit_price" numeric(18,6) NOT NULL, "seats" integer, "currency" character(3) NOT NULL, "billing_period" "public"."billing_period" NOT NULL, "start_date" date NOT NULL, "end_date" date, "status" "public"."subscription_status" NOT NULL DEFAULT \'active\', "notes" text, CONSTRAINT "saas_subscriptions_period" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "PK_73e5e601aa7320f13e840f5f7c5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f4d57b6e161e0bd7910307bed5" ON "saas_subscriptions"  ("org_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ef5c93fc865236235039c7c1c5" ON "saas_subscriptions"  ("created_at", "id") ',
    );
    await queryRunner.query('CREATE TYPE "public"."budget_enforcement" AS ENUM(\'hard\', \'soft\')');
    await queryRunner.query(
      'CREATE TABLE "hierarchy_nodes" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "parent_id" uuid, "level" character varying(50) NOT NULL, "code" character varying(100) NOT NULL, "name" character varying(200) NOT NULL, "depth" smallint NOT NULL, "daily_budget" numeric(18,6), "monthly_budget" numeric(18,6), "budget_enforcement" "public"."budget_enforcement", "metadata" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "hierarchy_nodes_org_code" UNIQUE ("org_id", "code"), CONSTRAINT "PK_64999bed2ab7283bd466cb4e563" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1c5d716c92f74443ac60785624" ON "hierarchy_nodes"  ("parent_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_348c983682453c717bd560dd01" ON "hierarchy_nodes"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "org_projects" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "org_id" uuid NOT NULL, "node_id" uuid, CONSTRAINT "UQ_b55a97acf1effd01cddf7c9af0e" UNIQUE ("project_id"), CONSTRAINT "PK_ad31a6a6d4a8deba2ba07f99d28" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_ff13c38571931c89440357885f" ON "org_projects"  ("org_id") ');
    await queryRunner.query('CREATE INDEX "IDX_19dd2e904e3d533533abc0d96e" ON "org_projects"  ("node_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_c4f9509ce6fb6702dec1f6655a" ON "org_projects"  ("created_at", "id") ',
    );
    await queryRunner.query('CREATE TYPE "public"."pipeline_kind" AS ENUM(\'run\', \'ci_job\')');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"pipeline_status\" AS ENUM('admitted', 'succeeded', 'failed', 'cancelled', 'expired')",
    );
    await queryRunner.query(
      'CREATE TABLE "pipeline_runs" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "kind" "public"."pipeline_kind" NOT NULL, "pipeline_id" character varying(200) NOT NULL, "project_id" uuid, "profile" character varying(100), "provider" character varying(40), "status" "public"."pipeline_status" NOT NULL DEFAULT \'admitted\', "quota_day" date NOT NULL, "quota_month" character(7) NOT NULL, "lease_expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP(3) WITH TIME ZONE, "detail" text, "steps" jsonb NOT NULL DEFAULT \'[]\', "requested_by" character varying(200), CONSTRAINT "pipeline_runs_org_kind_pipeline" UNIQUE ("org_id", "kind", "pipeline_id"), CONSTRAINT "PK_485786394df8fcdcbdbcdaedda3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_43479d4c2c137ca147471b6c0e" ON "pipeline_runs"  ("project_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_172e3a694db3421dccad06df8c" ON "pipeline_runs"  ("status", "lease_expires_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_599728159524a5f2fb25437e4a" ON "pipeline_runs"  ("org_id", "quota_month") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a697d21fa190b7dbd755ed7951" ON "pipeline_runs"  ("org_id", "quota_day") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_82c76778cd69328fe0beabc28c" ON "pipeline_runs"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "pipeline_state_transitions" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "pipeline_run_id" uuid NOT NULL, "from_status" "public"."pipeline_status", "to_status" "public"."pipeline_status" NOT NULL, "reason" text, CONSTRAINT "PK_b4dd74096b2895685636e9a8567" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_228672008d64820724b207137f" ON "pipeline_state_transitions"  ("pipeline_run_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ea1e5fa73b35af1d484b90cd17" ON "pipeline_state_transitions"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "alert_presets" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "label" character varying(200) NOT NULL, "description" text NOT NULL, "definition" jsonb NOT NULL, "shipped_version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "UQ_1e2089539c603ddbc64d89a75e9" UNIQUE ("name"), CONSTRAINT "PK_b2f31638c2fdb218513f1bf548f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d9ea0b09de329076aee4f1c652" ON "alert_presets"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "org_members" ADD CONSTRAINT "FK_a35e7519ef33c0dd4d24bb15056" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_members" ADD CONSTRAINT "FK_220d854a7932f6aac9ed84f71c9" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_api_keys" ADD CONSTRAINT "FK_431c2adf8ad7ebcc0a7f5cde240" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_audit_logs" ADD CONSTRAINT "FK_c6f20ce6d1a3810b3353dccc7f1" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_integrations" ADD CONSTRAINT "FK_51d5bf0d2b74a6f106e397f70bb" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "model_prices" ADD CONSTRAINT "FK_08a792745e4805b4b73c2e9a039" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "saas_subscriptions" ADD CONSTRAINT "FK_f4d57b6e161e0bd7910307bed57" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "hierarchy_nodes" ADD CONSTRAINT "FK_d1a13861216300920610ff1f750" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "hierarchy_nodes" ADD CONSTRAINT "FK_1c5d716c92f74443ac607856240" FOREIGN KEY ("parent_id") REFERENCES "hierarchy_nodes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_projects" ADD CONSTRAINT "FK_b55a97acf1effd01cddf7c9af0e" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_projects" ADD CONSTRAINT "FK_ff13c38571931c89440357885f3" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_projects" ADD CONSTRAINT "FK_19dd2e904e3d533533abc0d96e1" FOREIGN KEY ("node_id") REFERENCES "hierarchy_nodes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pipeline_runs" ADD CONSTRAINT "FK_9ba7df686ed3d56965254085ad8" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pipeline_state_transitions" ADD CONSTRAINT "FK_228672008d64820724b207137fe" FOREIGN KEY ("pipeline_run_id") REFERENCES "pipeline_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "pipeline_state_transitions" DROP CONSTRAINT "FK_228672008d64820724b207137fe"',
    );
    await queryRunner.query('ALTER TABLE "pipeline_runs" DROP CONSTRAINT "FK_9ba7df686ed3d56965254085ad8"');
    await queryRunner.query('ALTER TABLE "org_projects" DROP CONSTRAINT "FK_19dd2e904e3d533533abc0d96e1"');
    await queryRunner.query('ALTER TABLE "org_projects" DROP CONSTRAINT "FK_ff13c38571931c89440357885f3"');
    await queryRunner.query('ALTER TABLE "org_projects" DROP CONSTRAINT "FK_b55a97acf1effd01cddf7c9af0e"');
    await queryRunner.query('ALTER TABLE "hierarchy_nodes" DROP CONSTRAINT "FK_1c5d716c92f74443ac607856240"');
    await queryRunner.query('ALTER TABLE "hierarchy_nodes" DROP CONSTRAINT "FK_d1a13861216300920610ff1f750"');
    await queryRunner.query(
      'ALTER TABLE "saas_subscriptions" DROP CONSTRAINT "FK_f4d57b6e161e0bd7910307bed57"',
    );
    await queryRunner.query('ALTER TABLE "model_prices" DROP CONSTRAINT "FK_08a792745e4805b4b73c2e9a039"');
    await queryRunner.query(
      'ALTER TABLE "org_integrations" DROP CONSTRAINT "FK_51d5bf0d2b74a6f106e397f70bb"',
    );
    await queryRunner.query('ALTER TABLE "org_audit_logs" DROP CONSTRAINT "FK_c6f20ce6d1a3810b3353dccc7f1"');
    await queryRunner.query('ALTER TABLE "org_api_keys" DROP CONSTRAINT "FK_431c2adf8ad7ebcc0a7f5cde240"');
    await queryRunner.query('ALTER TABLE "org_members" DROP CONSTRAINT "FK_220d854a7932f6aac9ed84f71c9"');
    await queryRunner.query('ALTER TABLE "org_members" DROP CONSTRAINT "FK_a35e7519ef33c0dd4d24bb15056"');
    await queryRunner.query('DROP INDEX "public"."IDX_d9ea0b09de329076aee4f1c652"');
    await queryRunner.query('DROP TABLE "alert_presets"');
    await queryRunner.query('DROP INDEX "public"."IDX_ea1e5fa73b35af1d484b90cd17"');
    await queryRunner.query('DROP INDEX "public"."IDX_228672008d64820724b207137f"');
    await queryRunner.query('DROP TABLE "pipeline_state_transitions"');
    await queryRunner.query('DROP INDEX "public"."IDX_82c76778cd69328fe0beabc28c"');
    await queryRunner.query('DROP INDEX "public"."IDX_a697d21fa190b7dbd755ed7951"');
    await queryRunner.query('DROP INDEX "public"."IDX_599728159524a5f2fb25437e4a"');
    await queryRunner.query('DROP INDEX "public"."IDX_172e3a694db3421dccad06df8c"');
    await queryRunner.query('DROP INDEX "public"."IDX_43479d4c2c137ca147471b6c0e"');
    await queryRunner.query('DROP TABLE "pipeline_runs"');
    await queryRunner.query('DROP TYPE "public"."pipeline_status"');
    await queryRunner.query('DROP TYPE "public"."pipeline_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_c4f9509ce6fb6702dec1f6655a"');
    await queryRunner.query('DROP INDEX "public"."IDX_19dd2e904e3d533533abc0d96e"');
    await queryRunner.query('DROP INDEX "public"."IDX_ff13c38571931c89440357885f"');
    await queryRunner.query('DROP TABLE "org_projects"');
    await queryRunner.query('DROP INDEX "public"."IDX_348c983682453c717bd560dd01"');
    await queryRunner.query('DROP INDEX "public"."IDX_1c5d716c92f74443ac60785624"');
    await queryRunner.query('DROP TABLE "hierarchy_nodes"');
    await queryRunner.query('DROP TYPE "public"."budget_enforcement"');
    await queryRunner.query('DROP INDEX "public"."IDX_ef5c93fc865236235039c7c1c5"');
    await queryRunner.query('DROP INDEX "public"."IDX_f4d57b6e161e0bd7910307bed5"');
    await queryRunner.query('DROP TABLE "saas_subscriptions"');
    await queryRunner.query('DROP TYPE "public"."subscription_status"');
    await queryRunner.query('DROP TYPE "public"."billing_period"');
    await queryRunner.query('DROP TYPE "public"."pricing_model"');
    await queryRunner.query('DROP INDEX "public"."IDX_7b92a3861282636a90a902a256"');
    await queryRunner.query('DROP INDEX "public"."IDX_78c19d19cc76b4af821ed2eec3"');
    await queryRunner.query('DROP INDEX "public"."IDX_08a792745e4805b4b73c2e9a03"');
    await queryRunner.query('DROP TABLE "model_prices"');
    await queryRunner.query('DROP TYPE "public"."price_source"');
    await queryRunner.query('DROP INDEX "public"."IDX_7cd89cd1642e27f5b30cfe1ec6"');
    await queryRunner.query('DROP TABLE "org_integrations"');
    await queryRunner.query('DROP TYPE "public"."integration_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_c619b4b7500fa12cb69ee7812c"');
    await queryRunner.query('DROP INDEX "public"."IDX_b92b66caabf203834dccfbb533"');
    await queryRunner.query('DROP INDEX "public"."IDX_155323dc18208e266fcb1bb252"');
    await queryRunner.query('DROP TABLE "org_audit_logs"');
    await queryRunner.query('DROP INDEX "public"."IDX_0d28e4110e8769ce2326e78812"');
    await queryRunner.query('DROP INDEX "public"."IDX_c8620342b688ff716501e2757f"');
    await queryRunner.query('DROP INDEX "public"."IDX_431c2adf8ad7ebcc0a7f5cde24"');
    await queryRunner.query('DROP TABLE "org_api_keys"');
    await queryRunner.query('DROP INDEX "public"."IDX_5deb462ee042386886260e3c89"');
    await queryRunner.query('DROP INDEX "public"."IDX_220d854a7932f6aac9ed84f71c"');
    await queryRunner.query('DROP TABLE "org_members"');
    await queryRunner.query('DROP TYPE "public"."org_role"');
    await queryRunner.query('DROP INDEX "public"."IDX_a4a60455f598088ccadf283e1c"');
    await queryRunner.query('DROP TABLE "org_plans"');
    await queryRunner.query('DROP INDEX "public"."IDX_a8cf5495d8702a68ad85312452"');
    await queryRunner.query('DROP INDEX "public"."IDX_f3770f157bd77d83ab022e92fc"');
    await queryRunner.query('DROP TABLE "organizations"');
    await queryRunner.query('DROP TYPE "public"."org_status"');
    // btree_gist stays: it may have been there before, and other objects may use it.
  }
}
