import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  BootstrapReportDto,
  QuotaJobReportDto,
  RecomputeCostsDto,
  RecomputeQueuedDto,
} from '@slipway/contracts';
import { ProblemResponse } from '@slipway/platform';
import { RootOnly } from '../access/org-access';
import { AdminService } from './admin.service';
import { QuotaJobs } from './quota-jobs';
import { RecomputeRequests } from './recompute-requests';

@ApiTags('admin')
@Controller('api/v1/admin')
@RootOnly()
export class AdminController {
  constructor(
    private readonly admin: AdminService,
    private readonly quota: QuotaJobs,
    private readonly recomputes: RecomputeRequests,
  ) {}

  @Post('bootstrap')
  @HttpCode(200)
  @ApiOkResponse({
    type: BootstrapReportDto,
    description: 'Shipped defaults installed; a second call creates nothing',
  })
  bootstrap(): Promise<BootstrapReportDto> {
    return this.admin.bootstrap();
  }

  @Post('bootstrap/sync')
  @HttpCode(200)
  @ApiOkResponse({
    type: BootstrapReportDto,
    description: 'Shipped defaults brought up to date; org overrides kept',
  })
  sync(): Promise<BootstrapReportDto> {
    return this.admin.sync();
  }

  @Post('quota/reset-daily')
  @HttpCode(200)
  @ApiOkResponse({ type: QuotaJobReportDto })
  resetDaily(): Promise<QuotaJobReportDto> {
    return this.quota.reset('daily');
  }

  @Post('quota/reset-monthly')
  @HttpCode(200)
  @ApiOkResponse({ type: QuotaJobReportDto })
  resetMonthly(): Promise<QuotaJobReportDto> {
    return this.quota.reset('monthly');
  }

  @Post('quota/cleanup-stale')
  @HttpCode(200)
  @ApiOkResponse({ type: QuotaJobReportDto })
  cleanupStale(): Promise<QuotaJobReportDto> {
    return this.quota.cleanupStale();
  }

  @Post('costs/recompute')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: RecomputeQueuedDto,
    description:
      'Queued for the cost-worker: model calls of the window re-priced with the prices now in force for their time, corrections written as adjustments; a repeat writes nothing new',
  })
  @ProblemResponse(404, 'No such organization')
  @ProblemResponse(422, 'Invalid window')
  recompute(@Body() body: RecomputeCostsDto): Promise<RecomputeQueuedDto> {
    return this.recomputes.request(body);
  }
}
