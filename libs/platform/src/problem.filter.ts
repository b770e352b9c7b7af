import { type ArgumentsHost, Catch, type ExceptionFilter, NotFoundException } from '@nestjs/common';
import { ERROR_CATALOGUE, PROBLEM_CONTENT_TYPE, type ProblemDto } from '@slipway/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemException, toProblem } from './problem';

export const PROBLEM_BASE = 'https://slipway.dev/problems/';

/** Writes any error as RFC 9457 problem+json; unexpected ones are logged with their stack and answered without it. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const problem = routeMissing(error, request) ?? toProblem(error);
  if (problem.code === 'internal') request.log.error({ err: error }, 'unhandled error');
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
  void reply
    .status(problem.status)
    .headers(problem.headers)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(body);
}

/** Nest answers a request no route matched with a NotFoundException; it gets its own code. */
function routeMissing(error: unknown, request: FastifyRequest): ProblemException | undefined {
  if (!(error instanceof NotFoundException) || request.routeOptions.url !== undefined) return undefined;
  return new ProblemException(
    'route_not_found',
    `No endpoint answers ${request.method} ${request.url.split('?')[0]}`,
  );
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }
}
