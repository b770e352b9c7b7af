import type { ProblemDto } from '@slipway/contracts';
import type { Reply } from './harness';

/** Asserts a reply is RFC 9457 problem+json with the status and code given, and leaks nothing internal. */
export function expectProblem(reply: Reply, status: number, code: string, field?: string): ProblemDto {
  expect(reply.status).toBe(status);
  expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = reply.body as ProblemDto;
  expect(problem).toMatchObject({
    status,
    code,
    title: expect.any(String),
    detail: expect.any(String),
    request_id: expect.any(String),
  });
  expect(reply.text).not.toMatch(/SELECT|INSERT|UPDATE |QueryFailedError|at .*\.(js|ts):\d+/);
  if (field !== undefined) expect(problem.errors?.map((e) => e.field)).toContain(field);
  return problem;
}
