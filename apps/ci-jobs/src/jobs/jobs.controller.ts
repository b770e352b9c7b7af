import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CiJobDto, JobAcceptedDto, ManualJobDto, PageDto, type Page } from '@slipway/contracts';
import type { FastifyRequest } from 'fastify';
import { JobListQueryDto } from './job-list.query';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@ApiSecurity('service-token')
@ApiSecurity('user-id')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Run a job by hand' })
  @ApiAcceptedResponse({ type: JobAcceptedDto })
  async create(@Body() body: ManualJobDto, @Req() request: FastifyRequest): Promise<JobAcceptedDto> {
    const { job } = await this.jobs.runManually(body, String(request.id));
    return { job_id: job.id, status: job.status };
  }

  @Get()
  @ApiOkResponse({ type: PageDto(CiJobDto) })
  list(@Query() query: JobListQueryDto): Promise<Page<CiJobDto>> {
    return this.jobs.list(
      { status: query.status, repo: query.repo, branch: query.branch },
      query.limit ?? 20,
      query.cursor,
    );
  }

  @Get(':id')
  @ApiOkResponse({ type: CiJobDto })
  get(@Param('id', new ParseUUIDPipe({ version: 'all' })) id: string): Promise<CiJobDto> {
    return this.jobs.get(id);
  }

  @Post(':id/cancel')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Cancel: a pending job ends now, a running one is stopped by its runner (SIGTERM, then SIGKILL)',
  })
  @ApiAcceptedResponse({ type: CiJobDto })
  cancel(@Param('id', new ParseUUIDPipe({ version: 'all' })) id: string): Promise<CiJobDto> {
    return this.jobs.cancel(id);
  }

  @Post(':id/retry')
  @HttpCode(202)
  @ApiOperation({ summary: 'Run a finished job again, as a new job linked to it' })
  @ApiAcceptedResponse({ type: JobAcceptedDto })
  async retry(
    @Param('id', new ParseUUIDPipe({ version: 'all' })) id: string,
    @Req() request: FastifyRequest,
  ): Promise<JobAcceptedDto> {
    const { job } = await this.jobs.retry(id, String(request.id));
    return { job_id: job.id, status: job.status };
  }
}
