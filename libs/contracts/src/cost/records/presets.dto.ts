import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { RecordDto } from '../../common/base.dto';
import { Int, JsonObject, Text } from '../../common/fields';
import { ListQueryDto, QuerySort, QueryText } from '../../common/query';
import { Pattern } from './fields';

export const ALERT_PRESET_NAME_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,99}$/;

// ── alert presets (shipped by the cost service's bootstrap) ────────────────────────────────────

export class CreateAlertPresetRecordDto {
  @Pattern(ALERT_PRESET_NAME_PATTERN, 100, true) name!: string;
  @Text(true, 200) label!: string;
  @Text(true, 10_000) description!: string;
  @JsonObject(true, 'The alert rule the preset creates.') definition!: Record<string, unknown>;
  @Int(false, 0, 2_147_483_647, 'Version of the shipped definition; defaults to 0.') shipped_version?: number;
}
export class UpdateAlertPresetRecordDto extends PartialType(
  OmitType(CreateAlertPresetRecordDto, ['name'] as const),
) {}
export class AlertPresetRecordDto extends RecordDto {
  @ApiProperty() name!: string;
  @ApiProperty() label!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) definition!: Record<string, unknown>;
  @ApiProperty({ type: 'integer' }) shipped_version!: number;
}
export const ALERT_PRESET_RECORD_SORT = ['created_at', 'updated_at', 'name'] as const;
export class AlertPresetRecordListQueryDto extends ListQueryDto {
  @QueryText('Exact name.') name?: string;
  @QuerySort(ALERT_PRESET_RECORD_SORT) sort?: string;
}
