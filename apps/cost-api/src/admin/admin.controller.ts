import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BootstrapReportDto, QuotaJobReportDto } from '@slipway/contracts';
import { RootOnly } from '../access/org-access';
import { AdminService } from './admin.service';
import { QuotaJobs } from './quota-jobs';

@ApiTags('admin')
@Controller('api/v1/admin')
@RootOnly()
export class AdminController {
  constructor(
    private readonly admin: AdminService,
    private readonly quota: QuotaJobs,
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
}
