import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import {
  DecomposeRequest,
  PlannerResponse,
  StartTaskRunRequest,
  TaskRunRequestedDto,
} from '@slipway/contracts';
import { CurrentPrincipal, type Principal } from '@slipway/identity';
import { ProblemResponse } from '@slipway/platform';
import { TaskRunAnnouncer } from '../apply/task-run-announcer';
import { ModelRateLimit } from './model-rate-limit';
import { PlannerService } from './planner.service';

/** The planner's routes under a task: split it into subtasks, start its run. */
@ApiTags('planner')
@ApiSecurity('service-token')
@ProblemResponse(401, 'No valid X-Service-Token, or a malformed forwarded user')
@ProblemResponse(403, 'The caller is not a registry user')
@ProblemResponse(404, 'No such task visible to the caller')
@Controller('api/tasks')
export class TaskPlanningController {
  constructor(
    @Inject(PlannerService) private readonly planner: PlannerService,
    @Inject(TaskRunAnnouncer) private readonly runs: TaskRunAnnouncer,
  ) {}

  @Post(':id/decompose')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A task becomes a proposed PatchSet of subtasks, their count from its complexity',
  })
  @ModelRateLimit('planner.decompose')
  @ApiOkResponse({ type: PlannerResponse })
  @ProblemResponse(422, 'Invalid body')
  @ProblemResponse(502, 'planner_bad_output: the model answered unusable output twice')
  decompose(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: DecomposeRequest,
  ): Promise<PlannerResponse> {
    return this.planner.decompose(principal, id, body);
  }

  @Post(':id/runs')
  @HttpCode(202)
  @ApiOperation({ summary: 'An engineering task starts its run (announced on engineering:queue)' })
  @ApiAcceptedResponse({ type: TaskRunRequestedDto })
  @ProblemResponse(409, 'The task is done or cancelled')
  @ProblemResponse(422, 'Not an engineering task, or an unknown profile')
  startRun(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: StartTaskRunRequest,
  ): Promise<TaskRunRequestedDto> {
    return this.runs.request(principal, id, body.profile);
  }
}
