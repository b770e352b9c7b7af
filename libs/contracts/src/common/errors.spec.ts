import { ERROR_CATALOGUE, type ErrorCode } from './errors';

/** Codes a client branches on instead of reading the detail of a generic `conflict`. */
const RUN_CODES: [ErrorCode, number][] = [
  ['phase_running', 409],
  ['outcome_pending', 409],
  ['run_cancelling', 409],
  ['run_ended', 409],
  ['governance_failed', 422],
];

describe('ERROR_CATALOGUE: the runs domain', () => {
  it.each(RUN_CODES)('answers %s with %i', (code, status) => {
    expect(ERROR_CATALOGUE[code].status).toBe(status);
  });

  it('keeps conflict and validation_failed for what no domain code names', () => {
    expect(ERROR_CATALOGUE.conflict.status).toBe(409);
    expect(ERROR_CATALOGUE.validation_failed.status).toBe(422);
  });

  it('tells in each description what the client can do next', () => {
    expect(ERROR_CATALOGUE.phase_running.description).toMatch(/events/);
    expect(ERROR_CATALOGUE.outcome_pending.description).toMatch(/again/);
    expect(ERROR_CATALOGUE.run_ended.description).toMatch(/clone/);
    expect(ERROR_CATALOGUE.governance_failed.description).toMatch(/skip_validation/);
  });
});
