import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AdmissionDto,
  CompletePipelineDto,
  HeartbeatDto,
  PipelineRunDto,
  ValidatePipelineDto,
} from '@slipway/contracts';
import { Idempotent, ProblemResponse } from '@slipway/platform';
import { CurrentOrg, OrgRole, RootOnly } from '../access/org-access';
import type { Organization } from '../organizations/org-directory';
import { ValidatorService } from './validator.service';

const refused = ProblemResponse(
  429,
  'A quota is used up (quota_exceeded): the problem names it, its limit, usage and reset; Retry-After',
);

/** Admission is asked for by the suite's services (orchestrator-runs, ci-runner), never by a tenant. */
@ApiTags('validator')
@Controller('api/v1/validator')
@RootOnly()
export class ValidatorController {
  constructor(private readonly validator: ValidatorService) {}

  @Post('validate/:org')
  @HttpCode(200)
  @OrgRole('member')
  @Idempotent()
  @ApiOkResponse({ type: AdmissionDto, description: 'Admitted: counted and holding a slot until complete' })
  @refused
  validate(@CurrentOrg() org: Organization, @Body() body: ValidatePipelineDto): Promise<AdmissionDto> {
    return this.validator.validate(org, body);
  }

  @Post('heartbeat/:org')
  @HttpCode(200)
  @OrgRole('member')
  @ApiOkResponse({ type: PipelineRunDto, description: 'The slot runs one more lease from now' })
  heartbeat(@CurrentOrg() org: Organization, @Body() body: HeartbeatDto): Promise<PipelineRunDto> {
    return this.validator.heartbeat(org, body);
  }

  @Post('complete/:org')
  @HttpCode(200)
  @OrgRole('member')
  @Idempotent()
  @ApiOkResponse({ type: PipelineRunDto, description: 'The slot is free; the outcome is recorded' })
  complete(@CurrentOrg() org: Organization, @Body() body: CompletePipelineDto): Promise<PipelineRunDto> {
    return this.validator.complete(org, body);
  }
}
