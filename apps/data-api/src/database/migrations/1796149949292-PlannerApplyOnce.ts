import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlannerApplyOnce1796149949292 implements MigrationInterface {
  name = 'PlannerApplyOnce1796149949292';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "batch_receipts" ("key" character varying(500) NOT NULL, "request_hash" character(64) NOT NULL, "response" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c74f0a78a67ef259c76e20c7c62" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_69cee6e8dbed9f2eea4df7bdca" ON "batch_receipts"  ("created_at") ',
    );
    await queryRunner.query('ALTER TABLE "tasks" ADD "position" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query('ALTER TYPE "public"."patch_set_status" ADD VALUE \'applying\'');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"patch_set_status_old\" AS ENUM('proposed', 'validated', 'applied', 'rejected', 'conflicted', 'superseded', 'undone')",
    );
    // An apply cut short goes back to its checked proposal: applying it again starts over.
    await queryRunner.query(`UPDATE "patch_sets" SET "status" = 'validated' WHERE "status" = 'applying'`);
    await queryRunner.query('ALTER TABLE "patch_sets" ALTER COLUMN "status" DROP DEFAULT');
    await queryRunner.query(
      'ALTER TABLE "patch_sets" ALTER COLUMN "status" TYPE "public"."patch_set_status_old" USING "status"::"text"::"public"."patch_set_status_old"',
    );
    await queryRunner.query('DROP TYPE "public"."patch_set_status"');
    await queryRunner.query('ALTER TYPE "public"."patch_set_status_old" RENAME TO "patch_set_status"');
    await queryRunner.query(`ALTER TABLE "patch_sets" ALTER COLUMN "status" SET DEFAULT 'proposed'`);
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "position"');
    await queryRunner.query('DROP INDEX "public"."IDX_69cee6e8dbed9f2eea4df7bdca"');
    await queryRunner.query('DROP TABLE "batch_receipts"');
  }
}
