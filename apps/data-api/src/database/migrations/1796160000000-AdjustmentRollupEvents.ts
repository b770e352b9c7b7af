import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Daily rollups count priced events only: an adjustment changes an amount, it is not an event.
 * Rollup rows written before that counted adjustments as events; their counts are set right.
 */
export class AdjustmentRollupEvents1796160000000 implements MigrationInterface {
  name = 'AdjustmentRollupEvents1796160000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "spend_rollups_daily" SET "events" = 0 WHERE "source" = 'adjustment' AND "events" <> 0`,
    );
  }

  async down(): Promise<void> {
    // The counts it replaced were wrong: there is nothing to bring back.
  }
}
