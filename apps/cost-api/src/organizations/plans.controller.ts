import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PlanDto } from '@slipway/contracts';
import { PlanBook } from './plan-book';

@ApiTags('organizations')
@Controller('api/v1/plans')
export class PlansController {
  constructor(private readonly plans: PlanBook) {}

  @Get()
  @ApiOkResponse({ type: [PlanDto], description: 'The plans an organization can be on, with their limits' })
  list(): Promise<PlanDto[]> {
    return this.plans.all();
  }
}
