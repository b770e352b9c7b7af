import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The planner's records: task dependencies, chat sessions and their messages, PatchSets and the
 * audit of their applications; the LLM usage ledger takes the planner's calls too (no run, an
 * owner of their own, backfilled from the runs for the calls recorded so far). Generated, then: the
 * owner backfilled before it is required, and the run_id foreign key and (run_id, phase) index kept
 * rather than dropped and remade around the change of nullability.
 */
export class PlannerRecords1796146257356 implements MigrationInterface {
  name = 'PlannerRecords1796146257356';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "task_dependencies" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "task_id" uuid NOT NULL, "depends_on_id" uuid NOT NULL, CONSTRAINT "task_dependencies_task_depends_on" UNIQUE ("task_id", "depends_on_id"), CONSTRAINT "task_dependencies_not_itself" CHECK ("task_id" <> "depends_on_id"), CONSTRAINT "PK_e31de0e173af595a21c4ec8e48b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_146fcd5cd60e1deb0bc6499606" ON "task_dependencies"  ("project_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_00047fb689d1f72366034f138f" ON "task_dependencies"  ("depends_on_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_efd8fa3fc4036a33928daabad8" ON "task_dependencies"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "chat_sessions" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "owner_id" character varying(200) NOT NULL, "project_id" uuid, "title" character varying(200) NOT NULL, "summary" text NOT NULL DEFAULT \'\', "summary_turn" integer NOT NULL DEFAULT \'0\', "turn_count" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_efc151a4aafa9a28b73dedc485f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6645d32a6cbee108004bab8a2c" ON "chat_sessions"  ("owner_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_22dfbe50775595c7316aa93eb0" ON "chat_sessions"  ("project_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0c1d49a52b86bd091b926d3030" ON "chat_sessions"  ("created_at", "id") ',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"chat_role\" AS ENUM('user', 'assistant', 'tool')");
    await queryRunner.query(
      'CREATE TABLE "chat_messages" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "owner_id" character varying(200) NOT NULL, "turn" integer NOT NULL, "role" "public"."chat_role" NOT NULL, "content" text NOT NULL, "tool_calls" jsonb NOT NULL DEFAULT \'[]\', "patch_set_ids" jsonb NOT NULL DEFAULT \'[]\', "usage" jsonb, CONSTRAINT "PK_40c55ee0e571e268b0d3cd37d10" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0a67ccb41d6bfdb6095602b657" ON "chat_messages"  ("session_id", "turn") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_01d0b83820eaf6f5ca0fada100" ON "chat_messages"  ("created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"patch_set_status\" AS ENUM('proposed', 'validated', 'applied', 'rejected', 'conflicted', 'superseded', 'undone')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"patch_set_endpoint\" AS ENUM('generate', 'refine', 'decompose', 'chat', 'manual')",
    );
    await queryRunner.query(
      'CREATE TABLE "patch_sets" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" character varying(200) NOT NULL, "project_id" uuid, "status" "public"."patch_set_status" NOT NULL DEFAULT \'proposed\', "endpoint" "public"."patch_set_endpoint" NOT NULL, "format_version" integer NOT NULL DEFAULT \'1\', "base" jsonb, "source" jsonb NOT NULL, "ops" jsonb NOT NULL, "rationale" text, "warnings" jsonb NOT NULL DEFAULT \'[]\', "validation" jsonb, "result" jsonb, "chat_session_id" uuid, "chat_message_id" uuid, "applied_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_e9ad39267c8670935f836a9ec09" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_eb43a93793c51308af7a233cc2" ON "patch_sets"  ("owner_id") ');
    await queryRunner.query('CREATE INDEX "IDX_5f803631f7ecbc794f4296f573" ON "patch_sets"  ("project_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_edc89f41ebc1a65e31888e93df" ON "patch_sets"  ("chat_session_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b0786d52824d3ec2ab0815c1f0" ON "patch_sets"  ("created_at", "id") ',
    );
    await queryRunner.query('CREATE TYPE "public"."patch_set_application_kind" AS ENUM(\'apply\', \'undo\')');
    await queryRunner.query(
      'CREATE TABLE "patch_set_applications" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "id" uuid NOT NULL DEFAULT gen_random_uuid(), "patch_set_id" uuid NOT NULL, "owner_id" character varying(200) NOT NULL, "kind" "public"."patch_set_application_kind" NOT NULL, "operations" jsonb NOT NULL, "inverse_ops" jsonb NOT NULL DEFAULT \'[]\', "refs" jsonb NOT NULL DEFAULT \'{}\', "request_id" character varying(200), CONSTRAINT "PK_c24a75deeff119a8cb92663b5de" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c884ebc41dfcba551a30033d0f" ON "patch_set_applications"  ("patch_set_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a7af3d3c977176f7d88342a886" ON "patch_set_applications"  ("created_at", "id") ',
    );
    await queryRunner.query('CREATE TYPE "public"."usage_source" AS ENUM(\'run\', \'planner\')');
    await queryRunner.query(
      'ALTER TABLE "llm_usage" ADD "source" "public"."usage_source" NOT NULL DEFAULT \'run\'',
    );
    // A run's calls were made for the run's owner.
    await queryRunner.query('ALTER TABLE "llm_usage" ADD "owner_id" character varying(200)');
    await queryRunner.query(
      'UPDATE "llm_usage" u SET "owner_id" = r."owner_id" FROM "runs" r WHERE r."id" = u."run_id"',
    );
    await queryRunner.query('ALTER TABLE "llm_usage" ALTER COLUMN "owner_id" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "llm_usage" ADD "endpoint" character varying(50)');
    await queryRunner.query('ALTER TABLE "llm_usage" ADD "patch_set_id" uuid');
    await queryRunner.query('ALTER TABLE "llm_usage" ADD "chat_session_id" uuid');
    await queryRunner.query('ALTER TABLE "llm_usage" ALTER COLUMN "run_id" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "llm_usage" ALTER COLUMN "phase" DROP NOT NULL');
    await queryRunner.query('CREATE INDEX "IDX_89622c9b52d6bc24842290da03" ON "llm_usage"  ("owner_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_754ce51451f4ce6b76e4073cc9" ON "llm_usage"  ("patch_set_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "llm_usage" ADD CONSTRAINT "llm_usage_run_calls" CHECK ("source" <> \'run\' OR ("run_id" IS NOT NULL AND "phase" IS NOT NULL))',
    );
    await queryRunner.query(
      'ALTER TABLE "task_dependencies" ADD CONSTRAINT "FK_146fcd5cd60e1deb0bc64996068" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task_dependencies" ADD CONSTRAINT "FK_1ae6688b1bd90fffe857f4cb707" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task_dependencies" ADD CONSTRAINT "FK_00047fb689d1f72366034f138f7" FOREIGN KEY ("depends_on_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "chat_sessions" ADD CONSTRAINT "FK_22dfbe50775595c7316aa93eb07" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "chat_messages" ADD CONSTRAINT "FK_0672782561e44d43febcfba2984" FOREIGN KEY ("session_id") REFERENCES "chat_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "patch_sets" ADD CONSTRAINT "FK_5f803631f7ecbc794f4296f5735" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "patch_sets" ADD CONSTRAINT "FK_edc89f41ebc1a65e31888e93df4" FOREIGN KEY ("chat_session_id") REFERENCES "chat_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "patch_set_applications" ADD CONSTRAINT "FK_c884ebc41dfcba551a30033d0f3" FOREIGN KEY ("patch_set_id") REFERENCES "patch_sets"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  /** Refused while the ledger holds calls without a run: reverting would have to lose them. */
  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ n }] = (await queryRunner.query(
      'SELECT count(*)::int AS n FROM "llm_usage" WHERE "run_id" IS NULL OR "phase" IS NULL',
    )) as { n: number }[];
    if (n > 0) {
      throw new Error(`${n} LLM usage record(s) have no run; remove them before reverting PlannerRecords`);
    }
    await queryRunner.query(
      'ALTER TABLE "patch_set_applications" DROP CONSTRAINT "FK_c884ebc41dfcba551a30033d0f3"',
    );
    await queryRunner.query('ALTER TABLE "patch_sets" DROP CONSTRAINT "FK_edc89f41ebc1a65e31888e93df4"');
    await queryRunner.query('ALTER TABLE "patch_sets" DROP CONSTRAINT "FK_5f803631f7ecbc794f4296f5735"');
    await queryRunner.query('ALTER TABLE "chat_messages" DROP CONSTRAINT "FK_0672782561e44d43febcfba2984"');
    await queryRunner.query('ALTER TABLE "chat_sessions" DROP CONSTRAINT "FK_22dfbe50775595c7316aa93eb07"');
    await queryRunner.query(
      'ALTER TABLE "task_dependencies" DROP CONSTRAINT "FK_00047fb689d1f72366034f138f7"',
    );
    await queryRunner.query(
      'ALTER TABLE "task_dependencies" DROP CONSTRAINT "FK_1ae6688b1bd90fffe857f4cb707"',
    );
    await queryRunner.query(
      'ALTER TABLE "task_dependencies" DROP CONSTRAINT "FK_146fcd5cd60e1deb0bc64996068"',
    );
    await queryRunner.query('ALTER TABLE "llm_usage" DROP CONSTRAINT "llm_usage_run_calls"');
    await queryRunner.query('DROP INDEX "public"."IDX_754ce51451f4ce6b76e4073cc9"');
    await queryRunner.query('DROP INDEX "public"."IDX_89622c9b52d6bc24842290da03"');
    await queryRunner.query('ALTER TABLE "llm_usage" ALTER COLUMN "phase" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "llm_usage" ALTER COLUMN "run_id" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "llm_usage" DROP COLUMN "chat_session_id"');
    await queryRunner.query('ALTER TABLE "llm_usage" DROP COLUMN "patch_set_id"');
    await queryRunner.query('ALTER TABLE "llm_usage" DROP COLUMN "endpoint"');
    await queryRunner.query('ALTER TABLE "llm_usage" DROP COLUMN "owner_id"');
    await queryRunner.query('ALTER TABLE "llm_usage" DROP COLUMN "source"');
    await queryRunner.query('DROP TYPE "public"."usage_source"');
    await queryRunner.query('DROP INDEX "public"."IDX_a7af3d3c977176f7d88342a886"');
    await queryRunner.query('DROP INDEX "public"."IDX_c884ebc41dfcba551a30033d0f"');
    await queryRunner.query('DROP TABLE "patch_set_applications"');
    await queryRunner.query('DROP TYPE "public"."patch_set_application_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_b0786d52824d3ec2ab0815c1f0"');
    await queryRunner.query('DROP INDEX "public"."IDX_edc89f41ebc1a65e31888e93df"');
    await queryRunner.query('DROP INDEX "public"."IDX_5f803631f7ecbc794f4296f573"');
    await queryRunner.query('DROP INDEX "public"."IDX_eb43a93793c51308af7a233cc2"');
    await queryRunner.query('DROP TABLE "patch_sets"');
    await queryRunner.query('DROP TYPE "public"."patch_set_endpoint"');
    await queryRunner.query('DROP TYPE "public"."patch_set_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_01d0b83820eaf6f5ca0fada100"');
    await queryRunner.query('DROP INDEX "public"."IDX_0a67ccb41d6bfdb6095602b657"');
    await queryRunner.query('DROP TABLE "chat_messages"');
    await queryRunner.query('DROP TYPE "public"."chat_role"');
    await queryRunner.query('DROP INDEX "public"."IDX_0c1d49a52b86bd091b926d3030"');
    await queryRunner.query('DROP INDEX "public"."IDX_22dfbe50775595c7316aa93eb0"');
    await queryRunner.query('DROP INDEX "public"."IDX_6645d32a6cbee108004bab8a2c"');
    await queryRunner.query('DROP TABLE "chat_sessions"');
    await queryRunner.query('DROP INDEX "public"."IDX_efd8fa3fc4036a33928daabad8"');
    await queryRunner.query('DROP INDEX "public"."IDX_00047fb689d1f72366034f138f"');
    await queryRunner.query('DROP INDEX "public"."IDX_146fcd5cd60e1deb0bc6499606"');
    await queryRunner.query('DROP TABLE "task_dependencies"');
  }
}
