import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, type ProblemDto } from '@slipway/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CATALOGUE } from '@slipway/contracts';
import { toProblem } from './problem';

const PROBLEM_BASE = 'https://slipway.dev/problems/';

/** Writes any error as RFC 9457 problem+json; unexpected ones are logged with their stack and answered without it. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
  const problem = toProblem(error);
  if (problem.code === 'internal') logger.error({ err: error, reqId: request.id }, 'unhandled error');
  const body: ProblemDto = {
    type: `${PROBLEM_BASE}${problem.code}`,
    title: ERROR_CATALOGUE[problem.code].title,
    status: problem.status,
    detail: problem.detail,
    instance: request.url.split('?')[0],
    code: problem.code,
    ...(problem.errors ? { errors: problem.errors } : {}),
    request_id: String(request.id),
  };
  void reply.status(problem.status).headers(problem.headers).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.logger);
  }
}
