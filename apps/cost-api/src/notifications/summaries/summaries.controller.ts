import { Controller, Get, Param, ParseEnumPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  NotificationSummaryDto,
  SUMMARY_PERIODS,
  SummaryQueryDto,
  type SummaryPeriod,
} from '@slipway/contracts';
import { CurrentOrg, OrgRole } from '../../access/org-access';
import type { Organization } from '../../organizations/org-directory';
import { Summaries } from './summaries.service';

@ApiTags('notifications')
@Controller('api/v1/:org/notifications/summaries')
export class SummariesController {
  constructor(private readonly summaries: Summaries) {}

  @Get(':period')
  @OrgRole('viewer')
  @ApiParam({ name: 'period', enum: SUMMARY_PERIODS })
  @ApiOperation({ summary: 'The daily or weekly digest (?date= a day of it; else the last complete one)' })
  @ApiOkResponse({ type: NotificationSummaryDto })
  get(
    @CurrentOrg() org: Organization,
    @Param('period', new ParseEnumPipe({ daily: 'daily', weekly: 'weekly' })) period: SummaryPeriod,
    @Query() query: SummaryQueryDto,
  ): Promise<NotificationSummaryDto> {
    return this.summaries.preview(org, period, query.date);
  }
}
