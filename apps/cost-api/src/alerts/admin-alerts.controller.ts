import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CostAlertEvaluationReportDto } from '@slipway/contracts';
import { Clock } from '@slipway/platform';
import { RootOnly } from '../access/org-access';
import { AlertEvaluator } from './alert-evaluator';

@ApiTags('admin')
@Controller('api/v1/admin/alerts')
@RootOnly()
export class AdminAlertsController {
  constructor(
    private readonly evaluator: AlertEvaluator,
    private readonly clock: Clock,
  ) {}

  @Post('process-all')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Evaluate every organization’s enabled cost alerts now (the schedule does it too)',
  })
  @ApiOkResponse({ type: CostAlertEvaluationReportDto })
  processAll(): Promise<CostAlertEvaluationReportDto> {
    return this.evaluator.evaluateAll(this.clock.now());
  }
}
