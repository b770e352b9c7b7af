import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Columns of every table: uuid id, millisecond timestamps (exact in keyset cursors), change counter. */
export abstract class TimestampedRow {
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  created_at!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updated_at!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

export abstract class RecordRow extends TimestampedRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;
}

export abstract class SoftDeletedRow extends RecordRow {
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deleted_at!: Date | null;
}
