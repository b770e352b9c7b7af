import { Body, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import {
  CreateSpendLedgerRecordDto,
  MAX_LEDGER_BULK,
  SpendHourTrendDto,
  SpendHourTrendQueryDto,
  SpendLedgerBulkResultDto,
  SpendLedgerRecordDto,
} from '@slipway/contracts';
import { ServiceOnly } from '@slipway/identity';
import { ArrayBodyPipe, BodyLimit, ProblemResponse } from '@slipway/platform';
import type { FastifyReply } from 'fastify';
import { CrudController, ResourceController } from '../resources/crud.controller';
import { etagOf } from '../resources/etag';
import { ResourceFactory } from '../resources/resource.factory';
import { SpendLedgerWriter, type Recorded } from './spend-ledger.writer';
import { spendLedgerResource, toSpendLedgerRecord } from './spend-ledger.resource';
import { SpendReads } from './spend-reads.service';

/** A bulk body of MAX_LEDGER_BULK events with their price snapshots: well over the app's 1 MiB. */
const BULK_BODY_BYTES = 16 * 1024 * 1024;

/** 201 for a row this call recorded, 200 and Idempotent-Replayed for one recorded before. */
function answered(reply: FastifyReply, { row, inserted }: Recorded): SpendLedgerRecordDto {
  void reply.status(inserted ? 201 : 200).header('etag', etagOf(row.version));
  if (!inserted) void reply.header('idempotent-replayed', 'true');
  return toSpendLedgerRecord(row);
}

/**
 * The spend ledger: list and read as every resource (PATCH and DELETE answer 405); creates
 * idempotent on event_id, each row added to its daily rollup in the same statement; hour trends.
 */
@ResourceController(spendLedgerResource)
export class SpendLedgerController extends CrudController(spendLedgerResource) {
  constructor(
    factory: ResourceFactory,
    private readonly writer: SpendLedgerWriter,
    private readonly reads: SpendReads,
  ) {
    super(factory);
  }

  @Post()
  @ServiceOnly()
  @ApiOperation({ summary: 'Record a priced event once, by its event_id, and add it to its daily rollup' })
  @ApiBody({ type: CreateSpendLedgerRecordDto })
  @ApiCreatedResponse({ type: SpendLedgerRecordDto, description: 'Recorded by this call' })
  @ApiOkResponse({
    type: SpendLedgerRecordDto,
    description: 'Recorded before under this event_id (Idempotent-Replayed: true); nothing changed',
  })
  @ProblemResponse(422, 'Invalid body, or an org_id or adjusts_id naming no row')
  async record(
    @Body() body: CreateSpendLedgerRecordDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SpendLedgerRecordDto> {
    return answered(reply, await this.writer.record(body));
  }

  @Post('bulk')
  @HttpCode(200)
  @ServiceOnly()
  @BodyLimit(BULK_BODY_BYTES)
  @ApiOperation({
    summary: `Record up to ${MAX_LEDGER_BULK} priced events, each once, with their daily rollups, in one transaction`,
  })
  @ApiBody({ type: [CreateSpendLedgerRecordDto] })
  @ApiOkResponse({ type: SpendLedgerBulkResultDto })
  recordMany(
    @Body(new ArrayBodyPipe(CreateSpendLedgerRecordDto, MAX_LEDGER_BULK)) body: CreateSpendLedgerRecordDto[],
  ): Promise<SpendLedgerBulkResultDto> {
    return this.writer.recordMany(body);
  }

  @Get('trend')
  @ServiceOnly()
  @ApiOperation({ summary: 'Spend per hour of a time zone, zero-filled, summed over the ledger' })
  @ApiOkResponse({ type: SpendHourTrendDto })
  hourTrend(@Query() query: SpendHourTrendQueryDto): Promise<SpendHourTrendDto> {
    return this.reads.hourTrend(query);
  }
}
