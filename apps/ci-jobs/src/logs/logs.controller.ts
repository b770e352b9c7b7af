import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import {
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import { lastEventIdOf, ProblemException, startSse, type SseEvent } from '@slipway/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { JobStore } from '../jobs/job-store';
import { DEFAULT_LOG_PAGE, LogPageDto, LogPageQueryDto } from './log-page.dto';
import { LogStore, type LogEntry } from './log-store';

export const PING_INTERVAL_MS = 15_000;
const ENTRY_ID = /^\d{1,20}-\d{1,20}$/;
/** Both halves of a Redis stream entry id are unsigned 64-bit integers. */
const MAX_ID_PART = 18_446_744_073_709_551_615n;

const isEntryId = (id: string): boolean =>
  ENTRY_ID.test(id) && id.split('-').every((part) => BigInt(part) <= MAX_ID_PART);

/** One SSE event per entry, its stream entry id as the event id (Last-Event-ID resumes after it). */
export function sseEvent(entry: LogEntry): SseEvent {
  switch (entry.type) {
    case 'line':
      return { id: entry.id, data: entry.line };
    case 'status':
      return { id: entry.id, event: 'status', data: { status: entry.status } };
    case 'end':
      return { id: entry.id, event: 'end', data: { status: entry.status } };
  }
}

@ApiTags('jobs')
@ApiSecurity('service-token')
@ApiSecurity('user-id')
@Controller('jobs')
export class LogsController {
  constructor(
    @Inject(JobStore) private readonly jobs: JobStore,
    @Inject(LogStore) private readonly logs: LogStore,
  ) {}

  @Get(':id/logs')
  @ApiOperation({ summary: 'Live log as Server-Sent Events; ?follow=false for the whole log as text' })
  @ApiProduces('text/event-stream', 'text/plain')
  @ApiQuery({ name: 'follow', required: false, type: Boolean })
  @ApiQuery({ name: 'last_event_id', required: false, description: 'Instead of Last-Event-ID' })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Resume after this entry id' })
  @ApiOkResponse({
    description: 'SSE: data events (one per line), `event: status`, then `event: end` with the final status',
  })
  async stream(
    @Param('id', new ParseUUIDPipe({ version: 'all' })) id: string,
    @Query('follow') follow: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!(await this.jobs.get(id))) throw ProblemException.notFound(`Job ${id}`);
    const lastEventId = lastEventIdOf(request);
    if (follow !== undefined && follow !== 'true' && follow !== 'false') {
      throw ProblemException.validation([{ field: 'follow', message: 'follow must be true or false' }]);
    }
    if (lastEventId !== undefined && !isEntryId(lastEventId)) {
      throw ProblemException.validation([
        { field: 'Last-Event-ID', message: 'Last-Event-ID must be an id this stream sent' },
      ]);
    }
    if (follow === 'false') return this.whole(id, reply);

    const sse = startSse(request, reply, { pingMs: PING_INTERVAL_MS });
    try {
      for await (const batch of this.logs.follow(id, lastEventId ?? '0', sse.signal))
        await sse.send(...batch.map(sseEvent));
    } finally {
      sse.end();
    }
  }

  @Get(':id/log-lines')
  @ApiOperation({
    summary: 'A page of the log as JSON, the newest entries first unless ?before=<entry id> says where',
  })
  @ApiOkResponse({ type: LogPageDto })
  async page(
    @Param('id', new ParseUUIDPipe({ version: 'all' })) id: string,
    @Query() query: LogPageQueryDto,
  ): Promise<LogPageDto> {
    if (!(await this.jobs.get(id))) throw ProblemException.notFound(`Job ${id}`);
    if (query.before !== undefined && !isEntryId(query.before)) {
      throw ProblemException.validation([
        { field: 'before', message: 'before must be an entry id this log sent' },
      ]);
    }
    const { entries, moreBefore, total } = await this.logs.readBefore(
      id,
      query.before,
      query.limit ?? DEFAULT_LOG_PAGE,
    );
    return { entries, more_before: moreBefore, total };
  }

  private async whole(id: string, reply: FastifyReply): Promise<void> {
    const lines: string[] = [];
    for (let after = '0'; ;) {
      const entries = await this.logs.read(id, after, 5000);
      if (entries.length === 0) break;
      for (const entry of entries) if (entry.type === 'line') lines.push(entry.line.text);
      after = entries[entries.length - 1].id;
    }
    await reply.type('text/plain; charset=utf-8').send(lines.length ? `${lines.join('\n')}\n` : '');
  }
}
