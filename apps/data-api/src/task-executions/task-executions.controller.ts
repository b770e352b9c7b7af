import { Body, Param, Put, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { EXECUTION_ID_PATTERN, PutTaskExecutionDto, TaskExecutionDto } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, type Principal } from '@slipway/identity';
import { Db } from '../database/db';
import type { TaskExecutionRow } from '../database/entities';
import { CrudController, ResourceController } from '../resources/crud.controller';
import { etagOf } from '../resources/etag';
import { ResourceFactory } from '../resources/resource.factory';
import { taskExecutionsResource, toTaskExecutionDto } from './task-executions.resource';

const COLUMNS = [
  'task_id',
  'worker_id',
  'started_at',
  'finished_at',
  'duration_ms',
  'exit_code',
  'result_data',
  'status',
] as const;

@ResourceController(taskExecutionsResource)
export class TaskExecutionsController extends CrudController(taskExecutionsResource) {
  constructor(
    factory: ResourceFactory,
    private readonly db: Db,
  ) {
    super(factory);
  }

  /** Upsert by the worker's request id: a worker that reports twice leaves one row (201 first, 200 after). */
  @Put(':id')
  @ApiOperation({ summary: 'Record a worker execution under its request id, idempotently' })
  @ApiBody({ type: PutTaskExecutionDto })
  @ApiOkResponse({ type: TaskExecutionDto, description: 'Replaced an earlier report' })
  @ApiCreatedResponse({ type: TaskExecutionDto, description: 'First report of this execution' })
  async put(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: PutTaskExecutionDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TaskExecutionDto> {
    this.resource.assertMayWrite(principal);
    if (!EXECUTION_ID_PATTERN.test(id)) {
      throw ProblemException.validation([
        { field: 'id', message: 'id must be 1–200 letters, digits or ._:-' },
      ]);
    }
    const values = COLUMNS.map((c) =>
      c === 'result_data' && body[c] !== undefined ? JSON.stringify(body[c]) : (body[c] ?? null),
    );
    const [row] = await this.db.query<TaskExecutionRow & { inserted: boolean }>(
      `INSERT INTO task_executions (id, ${COLUMNS.join(', ')}) VALUES ($1, ${COLUMNS.map((_, i) => `$${i + 2}`).join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
         version = task_executions.version + 1, updated_at = now()
       RETURNING *, (xmax = 0) AS inserted`,
      [id, ...values],
    );
    void reply.status(row.inserted ? 201 : 200).header('etag', etagOf(row.version));
    return toTaskExecutionDto(row);
  }
}
