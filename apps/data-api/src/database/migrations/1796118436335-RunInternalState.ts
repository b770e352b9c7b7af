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
    // Internal state leaves the caller's metadata. A task link counts only where the task itself
    // names the run (the orchestrator wrote that link); a hold only on a run that waits.
    await queryRunner.query(
      `UPDATE "runs" r SET "task_id" = t."id" FROM "tasks" t
       WHERE r."metadata"->>'task_id' = t."id"::text AND t."result"->>'run_id' = r."id"::text`,
    );
    await queryRunner.query(
      `UPDATE "runs" SET "approval" = "metadata"->'approval'
       WHERE "status" = 'awaiting_approval' AND jsonb_typeof("metadata"->'approval') = 'object'`,
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
