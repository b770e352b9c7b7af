import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import {
  SpendAggregateDto,
  SpendAggregateQueryDto,
  SpendDayTrendDto,
  SpendTrendQueryDto,
} from '@slipway/contracts';
import { ServiceOnly } from '@slipway/identity';
import { ProblemResponse } from '@slipway/platform';
import { SpendReads } from './spend-reads.service';

/** Sums of the daily rollups, which only the ledger's creates write. */
@ApiTags('spend_rollups')
@ApiSecurity('service-token')
@ProblemResponse(401, 'No or unknown identity')
@ProblemResponse(403, 'Not a Slipway service')
@ProblemResponse(422, 'Invalid or unknown query parameters; `errors` names them')
@Controller('api/spend_rollups')
export class SpendRollupsController {
  constructor(private readonly reads: SpendReads) {}

  @Get('aggregate')
  @ServiceOnly()
  @ApiOperation({ summary: 'An organization’s spend over local days, grouped, with the total' })
  @ApiOkResponse({ type: SpendAggregateDto })
  aggregate(@Query() query: SpendAggregateQueryDto): Promise<SpendAggregateDto> {
    return this.reads.aggregate(query);
  }

  @Get('trend')
  @ServiceOnly()
  @ApiOperation({ summary: 'An organization’s spend per day, week (from Monday) or month, zero-filled' })
  @ApiOkResponse({ type: SpendDayTrendDto })
  trend(@Query() query: SpendTrendQueryDto): Promise<SpendDayTrendDto> {
    return this.reads.dayTrend(query);
  }
}
