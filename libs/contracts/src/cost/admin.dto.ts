import { ApiProperty } from '@nestjs/swagger';

/** What a bootstrap or sync did to one kind of shipped default. */
export class ShippedDefaultsReportDto {
  @ApiProperty({ type: 'integer', description: 'Rows written that did not exist.' }) created!: number;
  @ApiProperty({ type: 'integer', description: 'Rows brought up to the shipped version.' }) updated!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Rows already as shipped, or changed by the operator and kept.',
  })
  unchanged!: number;
}

export class BootstrapReportDto {
  @ApiProperty({ type: ShippedDefaultsReportDto }) plans!: ShippedDefaultsReportDto;
  @ApiProperty({ type: ShippedDefaultsReportDto }) prices!: ShippedDefaultsReportDto;
  @ApiProperty({ type: ShippedDefaultsReportDto }) alert_presets!: ShippedDefaultsReportDto;
}

/** What a quota job did across organizations. */
export class QuotaJobReportDto {
  @ApiProperty({ type: 'integer' }) organizations!: number;
  @ApiProperty({
    type: 'integer',
    description:
      'reset-daily / reset-monthly: organizations whose counter of the current window disagreed with the records and was set to them; cleanup-stale: abandoned pipelines marked expired.',
  })
  changed!: number;
  @ApiProperty({ type: [String], description: 'The organizations where something changed.' }) orgs!: string[];
}
