import { ApiProperty } from '@nestjs/swagger';

/** Columns every stored record carries. */
export class RecordDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  created_at!: string;

  @ApiProperty({ format: 'date-time' })
  updated_at!: string;

  @ApiProperty({ description: 'Increments on every change; sent as the ETag.' })
  version!: number;
}
