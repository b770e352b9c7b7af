import { buildEnvelope, parseEnvelope } from './envelope';

describe('buildEnvelope', () => {
  it('fills id, timestamp and correlation id, and keeps the payload', () => {
    const envelope = buildEnvelope({ type: 'ci.jobs', version: 2, producer: 'ci-jobs', payload: { a: 1 } });
    expect(envelope.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(envelope.correlationId).toBe(envelope.id);
    expect(new Date(envelope.occurredAt).toISOString()).toBe(envelope.occurredAt);
    expect(envelope).toMatchObject({ type: 'ci.jobs', version: 2, producer: 'ci-jobs', payload: { a: 1 } });
  });

  it('uses the id, correlation id and time it is given', () => {
    const envelope = buildEnvelope({
      type: 't',
      version: 1,
      producer: 'p',
      payload: null,
      id: 'e-1',
      correlationId: 'req-1',
      occurredAt: new Date('2025-01-02T03:04:05Z'),
    });
    expect(envelope).toEqual({
      id: 'e-1',
      type: 't',
      version: 1,
      occurredAt: '2025-01-02T03:04:05.000Z',
      producer: 'p',
      correlationId: 'req-1',
      payload: null,
    });
  });
});

describe('parseEnvelope', () => {
  const valid = buildEnvelope({ type: 'ci.jobs', version: 1, producer: 'ci-jobs', payload: { x: [1] } });

  it('round-trips a built envelope', () => {
    expect(parseEnvelope(JSON.stringify(valid))).toEqual({ ok: true, envelope: valid });
  });

  it.each([
    [undefined, 'the entry has no `data` field'],
    ['{nope', '`data` is not JSON'],
    ['[1]', '`data` is not a JSON object'],
    [JSON.stringify({ ...valid, id: '' }), 'envelope field `id` must be a non-empty string'],
    [JSON.stringify({ ...valid, producer: 3 }), 'envelope field `producer` must be a non-empty string'],
    [JSON.stringify({ ...valid, version: '1' }), 'envelope field `version` must be an integer'],
    [
      JSON.stringify({ ...valid, occurredAt: 'yesterday' }),
      'envelope field `occurredAt` must be an ISO 8601 timestamp',
    ],
    [JSON.stringify({ ...valid, payload: undefined }), 'envelope field `payload` is missing'],
  ])('refuses %p: %s', (data, error) => {
    const parsed = parseEnvelope(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(error);
  });
});
