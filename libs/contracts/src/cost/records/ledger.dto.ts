import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, ValidateBy, buildMessage } from 'class-validator';
import { RecordDto } from '../../common/base.dto';
import { Enum, Int, JsonObject, Text, Uuid } from '../../common/fields';
import { ListQueryDto, QueryEnum, QuerySort, QueryTime, QueryUuid } from '../../common/query';
import { SpendSource } from '../enums';
import { CalendarDate, Currency, Instant, OptionalText } from './fields';

/** numeric(24,12): a ledger amount, sub-cent digits kept; negative only in an adjustment. */
export const LEDGER_AMOUNT_PATTERN = /^-?\d{1,12}(\.\d{1,12})?$/;
/** numeric(24,6): a priced quantity other than tokens (CI runner seconds, seats). */
export const LEDGER_QUANTITY_PATTERN = /^-?\d{1,18}(\.\d{1,6})?$/;
/** Rows one POST /api/spend_ledger/bulk takes. */
export const MAX_LEDGER_BULK = 5000;
export const MAX_EVENT_ID_LENGTH = 300;
const MAX_TOKENS = 2_147_483_647;

const plainDecimal = (value: number): string => value.toFixed(12).replace(/\.?0+$/, '');

/** Only an adjustment corrects: a negative amount or quantity, or naming the row it corrects. */
const OnlyInAdjustments = (what: string, applies: (value: unknown) => boolean) =>
  ValidateBy({
    name: 'onlyInAdjustments',
    validator: {
      validate: (value: unknown, args) =>
        !applies(value) || (args?.object as { source?: unknown }).source === SpendSource.adjustment,
      defaultMessage: buildMessage(() => `$property may ${what} only when source is adjustment`),
    },
  });
const negative = (value: unknown) => typeof value === 'string' && value.startsWith('-');
const present = (value: unknown) => value !== undefined && value !== null;

/** A signed exact decimal (a JSON number is accepted digit for digit); negative only in adjustments. */
const SignedDecimal = (pattern: RegExp, required: boolean, description: string) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({
      type: String,
      example: '0.000125',
      pattern: pattern.source,
      description,
    }),
    ...(required ? [] : [IsOptional()]),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'number' && Number.isFinite(value) ? plainDecimal(value) : value,
    ),
    IsString(),
    Matches(pattern, { message: `$property must be a decimal matching ${pattern.source}` }),
    OnlyInAdjustments('be negative', negative),
  );

// ── the spend ledger: one priced event per row, append-only, idempotent on event_id ─────────────

export class CreateSpendLedgerRecordDto {
  @Text(true, MAX_EVENT_ID_LENGTH, 'The source event’s idempotency key: a redelivered event is counted once.')
  event_id!: string;
  @Uuid(true) org_id!: string;
  @Instant(true, 'When the spend happened.') occurred_at!: string;
  @CalendarDate(true, 'The day of occurred_at in the organization’s time zone (the writer computes it).')
  local_day!: string;
  @Enum(SpendSource, true) source!: SpendSource;
  @Uuid(false, 'The hierarchy node the spend is charged to.') node_id?: string;
  @Uuid(false, 'The registry project.') project_id?: string;
  @Text(true, 100, 'openai, anthropic, github-actions, a SaaS vendor…') provider!: string;
  @OptionalText(200) model?: string;
  @OptionalText(200, 'Who the spend was for.') user_id?: string;
  @Uuid(false) run_id?: string;
  @OptionalText(200, 'The CI job.') job_id?: string;
  @Int(false, 0, MAX_TOKENS, 'Defaults to 0; cached input tokens are not counted here again.')
  input_tokens?: number;
  @Int(false, 0, MAX_TOKENS, 'Defaults to 0.') output_tokens?: number;
  @Int(false, 0, MAX_TOKENS, 'Defaults to 0.') cached_input_tokens?: number;
  @SignedDecimal(LEDGER_QUANTITY_PATTERN, false, 'A priced quantity other than tokens (CI runner seconds).')
  quantity?: string;
  @SignedDecimal(LEDGER_AMOUNT_PATTERN, true, 'Exact, in `currency`; negative only in an adjustment.')
  amount!: string;
  @Currency(false, 'ISO 4217 code; defaults to USD.') currency?: string;
  @Uuid(false, 'The model_prices row the amount was computed with.') price_id?: string;
  @JsonObject(false, 'The prices the amount was computed from, as they were.')
  price_snapshot?: Record<string, unknown>;
  @Uuid(false, 'For an adjustment: the ledger row it corrects.')
  @OnlyInAdjustments('be given', present)
  adjusts_id?: string;
}
/** Ledger rows never change: PATCH answers 405. */
export class UpdateSpendLedgerRecordDto {}
export class SpendLedgerRecordDto extends RecordDto {
  @ApiProperty() event_id!: string;
  @ApiProperty({ format: 'uuid' }) org_id!: string;
  @ApiProperty({ format: 'date-time' }) occurred_at!: string;
  @ApiProperty({ format: 'date' }) local_day!: string;
  @ApiProperty({ enum: Object.values(SpendSource) }) source!: SpendSource;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) node_id!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) project_id!: string | null;
  @ApiProperty() provider!: string;
  @ApiProperty({ type: String, nullable: true }) model!: string | null;
  @ApiProperty({ type: String, nullable: true }) user_id!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) run_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) job_id!: string | null;
  @ApiProperty({ type: 'integer' }) input_tokens!: number;
  @ApiProperty({ type: 'integer' }) output_tokens!: number;
  @ApiProperty({ type: 'integer' }) cached_input_tokens!: number;
  @ApiProperty({ type: String, nullable: true }) quantity!: string | null;
  @ApiProperty({ example: '0.000125', description: 'Exact decimal, sub-cent digits kept.' }) amount!: string;
  @ApiProperty() currency!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) price_id!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  price_snapshot!: Record<string, unknown> | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) adjusts_id!: string | null;
}
/** POST /api/spend_ledger/bulk: how many rows were new, and the event ids already counted. */
export class SpendLedgerBulkResultDto {
  @ApiProperty({ type: 'integer', description: 'Rows inserted (and added to the daily rollups).' })
  inserted!: number;
  @ApiProperty({
    type: [String],
    description:
      'Event ids not inserted: already in the ledger, or repeated in the body (the first occurrence counts).',
  })
  duplicates!: string[];
}
export const SPEND_LEDGER_RECORD_SORT = ['created_at', 'occurred_at'] as const;
export class SpendLedgerRecordListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by organization.') org_id?: string;
  @QueryEnum(SpendSource, 'Filter by source.') source?: SpendSource[];
  @ApiPropertyOptional({ description: 'Exact event id.', maxLength: MAX_EVENT_ID_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_EVENT_ID_LENGTH)
  event_id?: string;
  @QueryUuid('Filter by run.') run_id?: string;
  @QueryUuid('The adjustments of a ledger row.') adjusts_id?: string;
  @QueryTime('Only spend after this instant (excluded).') occurred_after?: string;
  @QueryTime('Only spend before this instant (excluded).') occurred_before?: string;
  @QuerySort(SPEND_LEDGER_RECORD_SORT) sort?: string;
}
