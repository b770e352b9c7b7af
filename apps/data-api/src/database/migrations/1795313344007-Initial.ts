import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795313344007 implements MigrationInterface {
  name = 'Initial1795313344007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."user_role" AS ENUM(\'admin\', \'member\')');
    await queryRunner.query(
      'CREATE TABLE "users" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "telegram_id" bigint NOT NULL, "username" character varying(64), "email" character varying(320), "role" "public"."user_role" NOT NULL DEFAULT \'member\', "is_active" boolean NOT NULL DEFAULT true, CONSTRAINT "UQ_1a1e4649fd31ea6ec6b025c7bfc" UNIQUE ("telegram_id"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e1bcae0971273abfb0be1d8834" ON "users"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"project_status\" AS ENUM('created', 'active', 'paused', 'archived')",
    );
    await queryRunner.query(
      'CREATE TABLE "projects" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "name" character varying(200) NOT NULL, "description" text, "status" "public"."project_status" NOT NULL DEFAULT \'created\', "owner_id" uuid NOT NULL, "modules" text array NOT NULL, "repo_url" character varying(2000), "config" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_b1bd2fbf5d0ef67319c91acb5c" ON "projects"  ("owner_id") ');
    await queryRunner.query('CREATE INDEX "IDX_b9317874583ab06dcdd7a34c5b" ON "projects"  ("updated_at") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_b304eca00f8213b5e76dd40551" ON "projects"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "api_keys" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "owner_id" uuid NOT NULL, "scopes" text array NOT NULL DEFAULT \'{}\', "key_prefix" character varying(32) NOT NULL, "key_hash" character(64) NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE, "last_used_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "UQ_b99bbb8e545065a99b409dbc5d8" UNIQUE ("key_prefix"), CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_d93cc0e04cac89126b2155ba9b" ON "api_keys"  ("owner_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_8c960a4bb48da79adf760fed00" ON "api_keys"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "agent_configs" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "provider" character varying(100) NOT NULL, "model" character varying(200) NOT NULL, "system_prompt" text, "temperature" numeric(3,2), "max_tokens" integer, "tools" jsonb NOT NULL DEFAULT \'[]\', "is_active" boolean NOT NULL DEFAULT true, CONSTRAINT "UQ_2b2a9ad8c92f8cc46da8d8ecb12" UNIQUE ("name"), CONSTRAINT "PK_25aa11529ad4eedde0691d59192" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f8afb2e9fb30ed9de21c6296c0" ON "agent_configs"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "cli_agent_configs" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "command" character varying(500) NOT NULL, "args" text array NOT NULL DEFAULT \'{}\', "env" jsonb NOT NULL DEFAULT \'{}\', "timeout_seconds" integer NOT NULL DEFAULT \'600\', "is_active" boolean NOT NULL DEFAULT true, CONSTRAINT "UQ_53e491d36f9e8cdff47f493d9c3" UNIQUE ("name"), CONSTRAINT "PK_184b80347370ee4488f520173e9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f751212417d3d16499ae948fef" ON "cli_agent_configs"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "available_models" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider" character varying(100) NOT NULL, "model_name" character varying(200) NOT NULL, "display_name" character varying(200), "context_window" integer, "input_price_per_1k" numeric(20,10) NOT NULL, "output_price_per_1k" numeric(20,10) NOT NULL, "cached_input_price_per_1k" numeric(20,10), "is_active" boolean NOT NULL DEFAULT true, CONSTRAINT "available_models_provider_model_name" UNIQUE ("provider", "model_name"), CONSTRAINT "PK_01a99d48a0b9b7da081097cee04" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5c9ae382be809d7941ecc7f3fe" ON "available_models"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"server_status\" AS ENUM('provisioning', 'active', 'maintenance', 'offline', 'decommissioned')",
    );
    await queryRunner.query(
      'CREATE TABLE "servers" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "host" character varying(255) NOT NULL, "provider" character varying(100), "region" character varying(100), "status" "public"."server_status" NOT NULL DEFAULT \'active\', "cpu_cores" integer, "ram_mb" integer, "disk_gb" integer, "labels" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "UQ_555671bf0b4b7ec59c9985532e1" UNIQUE ("name"), CONSTRAINT "PK_c0947efd9f3db2dcc010164d20b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4ec69ed43e1fbe373fe9c94bb7" ON "servers"  ("created_at", "id") ',
    );
    await queryRunner.query('CREATE TYPE "public"."protocol" AS ENUM(\'tcp\', \'udp\')');
    await queryRunner.query(
      'CREATE TABLE "port_allocations" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "server_id" uuid NOT NULL, "port" integer NOT NULL, "protocol" "public"."protocol" NOT NULL DEFAULT \'tcp\', "service_name" character varying(200) NOT NULL, "project_id" uuid, CONSTRAINT "port_allocations_server_port_protocol" UNIQUE ("server_id", "port", "protocol"), CONSTRAINT "PK_31cef92a99421cf860619db9013" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ab4b27289a2e729b360a2c82a4" ON "port_allocations"  ("project_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b5ca0cfa7c18965364ba410d09" ON "port_allocations"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"severity\" AS ENUM('low', 'medium', 'high', 'critical')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"incident_status\" AS ENUM('open', 'acknowledged', 'resolved')",
    );
    await queryRunner.query(
      'CREATE TABLE "incidents" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "server_id" uuid NOT NULL, "type" character varying(100) NOT NULL, "severity" "public"."severity" NOT NULL DEFAULT \'medium\', "status" "public"."incident_status" NOT NULL DEFAULT \'open\', "title" character varying(500) NOT NULL, "description" text, "detected_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_ccb34c01719889017e2246469f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_ca8ee809839a7a046694666b6c" ON "incidents"  ("server_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_8ad74ddabf6aec7b9199fe5633" ON "incidents"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"deployment_status\" AS ENUM('pending', 'deploying', 'running', 'failed', 'stopped', 'rolled_back')",
    );
    await queryRunner.query(
      'CREATE TABLE "service_deployments" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "server_id" uuid, "service_name" character varying(200) NOT NULL, "image" character varying(500), "app_version" character varying(100), "status" "public"."deployment_status" NOT NULL DEFAULT \'pending\', "port" integer, "url" character varying(2000), "deployed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_67f1327ffb48c20c531da461663" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1a4872bc5e67a181c0c73d0bfa" ON "service_deployments"  ("project_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_7a1a9059527d5b13947605234b" ON "service_deployments"  ("server_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_70a2b3d197c442d96652d8108f" ON "service_deployments"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"task_type\" AS ENUM('engineering', 'deploy', 'research', 'ops', 'planning', 'qa', 'documentation', 'other')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"task_status\" AS ENUM('todo', 'in_progress', 'blocked', 'done', 'failed', 'cancelled')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"priority\" AS ENUM('low', 'medium', 'high', 'critical')",
    );
    await queryRunner.query(
      'CREATE TABLE "tasks" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "project_id" uuid NOT NULL, "parent_id" uuid, "type" "public"."task_type" NOT NULL, "title" character varying(500) NOT NULL, "description" text, "status" "public"."task_status" NOT NULL DEFAULT \'todo\', "priority" "public"."priority" NOT NULL DEFAULT \'medium\', "assignee" character varying(200), "payload" jsonb NOT NULL DEFAULT \'{}\', "result" jsonb, CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_9eecdb5b1ed8c7c2a1b392c28d" ON "tasks"  ("project_id") ');
    await queryRunner.query('CREATE INDEX "IDX_b03c99063a4eaf084f069a4d5a" ON "tasks"  ("parent_id") ');
    await queryRunner.query('CREATE INDEX "IDX_02edb0ba1ef4287a15bc4c271e" ON "tasks"  ("updated_at") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_51fcd644e6698a1143a541c293" ON "tasks"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"rag_status\" AS ENUM('pending', 'indexing', 'ready', 'failed')",
    );
    await queryRunner.query(
      'CREATE TABLE "rag_indices" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "project_id" uuid NOT NULL, "embedding_model" character varying(200) NOT NULL, "dimension" integer NOT NULL, "document_count" integer NOT NULL DEFAULT \'0\', "status" "public"."rag_status" NOT NULL DEFAULT \'pending\', "config" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_35084c9c75f23b168acc305d4a8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9aa59679e532cffd61d6d2a773" ON "rag_indices"  ("project_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2124d1856a5725c62abce8a75a" ON "rag_indices"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"execution_status\" AS ENUM('success', 'failure', 'in_progress', 'error')",
    );
    await queryRunner.query(
      'CREATE TABLE "task_executions" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" character varying(200) NOT NULL, "task_id" uuid, "worker_id" character varying(200) NOT NULL, "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "duration_ms" integer NOT NULL, "exit_code" integer NOT NULL, "result_data" jsonb, "status" "public"."execution_status" NOT NULL, CONSTRAINT "PK_c7eaf7e1f306ae5b1938e759152" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5b81d3bcbd7c22af221d03ffb1" ON "task_executions"  ("task_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_27b1c777e6412a439d23ea1ba4" ON "task_executions"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "projects" ADD CONSTRAINT "FK_b1bd2fbf5d0ef67319c91acb5cf" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "api_keys" ADD CONSTRAINT "FK_d93cc0e04cac89126b2155ba9bc" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "port_allocations" ADD CONSTRAINT "FK_a4b39109313e60b831a4b3bc76a" FOREIGN KEY ("server_id") REFERENCES "servers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "port_allocations" ADD CONSTRAINT "FK_ab4b27289a2e729b360a2c82a4d" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incidents" ADD CONSTRAINT "FK_ca8ee809839a7a046694666b6cd" FOREIGN KEY ("server_id") REFERENCES "servers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "service_deployments" ADD CONSTRAINT "FK_1a4872bc5e67a181c0c73d0bfa7" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "service_deployments" ADD CONSTRAINT "FK_7a1a9059527d5b13947605234b4" FOREIGN KEY ("server_id") REFERENCES "servers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tasks" ADD CONSTRAINT "FK_9eecdb5b1ed8c7c2a1b392c28d4" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tasks" ADD CONSTRAINT "FK_b03c99063a4eaf084f069a4d5a7" FOREIGN KEY ("parent_id") REFERENCES "tasks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "rag_indices" ADD CONSTRAINT "FK_9aa59679e532cffd61d6d2a7738" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task_executions" ADD CONSTRAINT "FK_5b81d3bcbd7c22af221d03ffb1e" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "task_executions" DROP CONSTRAINT "FK_5b81d3bcbd7c22af221d03ffb1e"');
    await queryRunner.query('ALTER TABLE "rag_indices" DROP CONSTRAINT "FK_9aa59679e532cffd61d6d2a7738"');
    await queryRunner.query('ALTER TABLE "tasks" DROP CONSTRAINT "FK_b03c99063a4eaf084f069a4d5a7"');
    await queryRunner.query('ALTER TABLE "tasks" DROP CONSTRAINT "FK_9eecdb5b1ed8c7c2a1b392c28d4"');
    await queryRunner.query(
      'ALTER TABLE "service_deployments" DROP CONSTRAINT "FK_7a1a9059527d5b13947605234b4"',
    );
    await queryRunner.query(
      'ALTER TABLE "service_deployments" DROP CONSTRAINT "FK_1a4872bc5e67a181c0c73d0bfa7"',
    );
    await queryRunner.query('ALTER TABLE "incidents" DROP CONSTRAINT "FK_ca8ee809839a7a046694666b6cd"');
    await queryRunner.query(
      'ALTER TABLE "port_allocations" DROP CONSTRAINT "FK_ab4b27289a2e729b360a2c82a4d"',
    );
    await queryRunner.query(
      'ALTER TABLE "port_allocations" DROP CONSTRAINT "FK_a4b39109313e60b831a4b3bc76a"',
    );
    await queryRunner.query('ALTER TABLE "api_keys" DROP CONSTRAINT "FK_d93cc0e04cac89126b2155ba9bc"');
    await queryRunner.query('ALTER TABLE "projects" DROP CONSTRAINT "FK_b1bd2fbf5d0ef67319c91acb5cf"');
    await queryRunner.query('DROP INDEX "public"."IDX_27b1c777e6412a439d23ea1ba4"');
    await queryRunner.query('DROP INDEX "public"."IDX_5b81d3bcbd7c22af221d03ffb1"');
    await queryRunner.query('DROP TABLE "task_executions"');
    await queryRunner.query('DROP TYPE "public"."execution_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_2124d1856a5725c62abce8a75a"');
    await queryRunner.query('DROP INDEX "public"."IDX_9aa59679e532cffd61d6d2a773"');
    await queryRunner.query('DROP TABLE "rag_indices"');
    await queryRunner.query('DROP TYPE "public"."rag_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_51fcd644e6698a1143a541c293"');
    await queryRunner.query('DROP INDEX "public"."IDX_02edb0ba1ef4287a15bc4c271e"');
    await queryRunner.query('DROP INDEX "public"."IDX_b03c99063a4eaf084f069a4d5a"');
    await queryRunner.query('DROP INDEX "public"."IDX_9eecdb5b1ed8c7c2a1b392c28d"');
    await queryRunner.query('DROP TABLE "tasks"');
    await queryRunner.query('DROP TYPE "public"."priority"');
    await queryRunner.query('DROP TYPE "public"."task_status"');
    await queryRunner.query('DROP TYPE "public"."task_type"');
    await queryRunner.query('DROP INDEX "public"."IDX_70a2b3d197c442d96652d8108f"');
    await queryRunner.query('DROP INDEX "public"."IDX_7a1a9059527d5b13947605234b"');
    await queryRunner.query('DROP INDEX "public"."IDX_1a4872bc5e67a181c0c73d0bfa"');
    await queryRunner.query('DROP TABLE "service_deployments"');
    await queryRunner.query('DROP TYPE "public"."deployment_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_8ad74ddabf6aec7b9199fe5633"');
    await queryRunner.query('DROP INDEX "public"."IDX_ca8ee809839a7a046694666b6c"');
    await queryRunner.query('DROP TABLE "incidents"');
    await queryRunner.query('DROP TYPE "public"."incident_status"');
    await queryRunner.query('DROP TYPE "public"."severity"');
    await queryRunner.query('DROP INDEX "public"."IDX_b5ca0cfa7c18965364ba410d09"');
    await queryRunner.query('DROP INDEX "public"."IDX_ab4b27289a2e729b360a2c82a4"');
    await queryRunner.query('DROP TABLE "port_allocations"');
    await queryRunner.query('DROP TYPE "public"."protocol"');
    await queryRunner.query('DROP INDEX "public"."IDX_4ec69ed43e1fbe373fe9c94bb7"');
    await queryRunner.query('DROP TABLE "servers"');
    await queryRunner.query('DROP TYPE "public"."server_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_5c9ae382be809d7941ecc7f3fe"');
    await queryRunner.query('DROP TABLE "available_models"');
    await queryRunner.query('DROP INDEX "public"."IDX_f751212417d3d16499ae948fef"');
    await queryRunner.query('DROP TABLE "cli_agent_configs"');
    await queryRunner.query('DROP INDEX "public"."IDX_f8afb2e9fb30ed9de21c6296c0"');
    await queryRunner.query('DROP TABLE "agent_configs"');
    await queryRunner.query('DROP INDEX "public"."IDX_8c960a4bb48da79adf760fed00"');
    await queryRunner.query('DROP INDEX "public"."IDX_d93cc0e04cac89126b2155ba9b"');
    await queryRunner.query('DROP TABLE "api_keys"');
    await queryRunner.query('DROP INDEX "public"."IDX_b304eca00f8213b5e76dd40551"');
    await queryRunner.query('DROP INDEX "public"."IDX_b9317874583ab06dcdd7a34c5b"');
    await queryRunner.query('DROP INDEX "public"."IDX_b1bd2fbf5d0ef67319c91acb5c"');
    await queryRunner.query('DROP TABLE "projects"');
    await queryRunner.query('DROP TYPE "public"."project_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_e1bcae0971273abfb0be1d8834"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TYPE "public"."user_role"');
  }
}
