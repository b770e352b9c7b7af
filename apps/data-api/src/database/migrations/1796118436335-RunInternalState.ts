import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RunInternalState1796118436335 implements MigrationInterface {
  name = 'RunInternalState1796118436335';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "runs" ADD "task_id" uuid');
    await queryRunner.query('ALTER TABLE "runs" ADD "approval" jsonb');
    await queryRunner.query('ALTER TABLE "runs" ADD "skip_validation_phase" "public"."run_phase"');
    await queryRunner.query('CREATE INDEX "IDX_21a0ca60e629777f8d4eeee27a" ON "runs"  ("task_id") ');
    await queryRunner.query(
      'ALTER TABLE "runs" ADD CONSTRAINT "FK_21a0ca60e629777f8d4eeee27a9" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    // Internal state leaves the caller's metadata, which a client could write. A task link is
    // carried over only where the orchestrator made it: an engineering task whose result names the
    // run, in the run's project, and a run owned by that project's owner (as engineering runs are).
    await queryRunner.query(
      `UPDATE "runs" r SET "task_id" = t."id" FROM "tasks" t JOIN "projects" p ON p."id" = t."project_id"
       WHERE r."metadata"->>'task_id' = t."id"::text AND t."result"->>'run_id' = r."id"::text
         AND t."type" = 'engineering' AND r."project_id" = t."project_id" AND r."owner_id" = p."owner_id"::text`,
    );
    // A hold only on a run that waits; a skip-validation mark only on a running run's current phase
    // (the orchestrator rewrote both at each dispatch, whatever a client had put there).
    await queryRunner.query(
      `UPDATE "runs" SET "approval" = "metadata"->'approval'
       WHERE "status" = 'awaiting_approval' AND jsonb_typeof("metadata"->'approval') = 'object'`,
    );
    await queryRunner.query(
      `UPDATE "runs" SET "skip_validation_phase" = "current_phase"
       WHERE "status" = 'running' AND "metadata"->>'skip_validation' = "current_phase"::text`,
    );
    await queryRunner.query(
      `UPDATE "runs" SET "metadata" = "metadata" - 'task_id' - 'approval' - 'skip_validation' - 'source'
       WHERE "metadata" ?| array['task_id', 'approval', 'skip_validation', 'source']`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "runs" DROP CONSTRAINT "FK_21a0ca60e629777f8d4eeee27a9"');
    await queryRunner.query('DROP INDEX "public"."IDX_21a0ca60e629777f8d4eeee27a"');
    await queryRunner.query('ALTER TABLE "runs" DROP COLUMN "skip_validation_phase"');
    await queryRunner.query('ALTER TABLE "runs" DROP COLUMN "approval"');
    await queryRunner.query('ALTER TABLE "runs" DROP COLUMN "task_id"');
  }
}
