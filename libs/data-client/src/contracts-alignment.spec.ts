import type {
  BatchRequestDto,
  BatchResponseDto,
  CreateHierarchyNodeRecordDto,
  CreateModelPriceRecordDto,
  CreateProjectDto,
  CreateSpendLedgerRecordDto,
  HierarchyNodeRecordDto,
  ModelPriceRecordDto,
  OrganizationRecordDto,
  CreateUserDto,
  PatchSetRecordDto,
  ProblemDto,
  ProjectDto,
  PutTaskExecutionDto,
  SpendAggregateDto,
  SpendDayTrendDto,
  SpendHourTrendDto,
  SpendLedgerBulkResultDto,
  SpendLedgerRecordDto,
  TaskExecutionDto,
  UserDto,
  VerifiedApiKeyDto,
} from '@slipway/contracts';
import type { Schemas } from './data-api.client';

// Compile-time checks (`tsc -p libs/data-client/tsconfig.json`): the types generated from data-api's
// document and the contract classes data-api is built from must stay assignable both ways.
const project = {
  toGenerated: (dto: ProjectDto): Schemas['ProjectDto'] => dto,
  toContract: (dto: Schemas['ProjectDto']): ProjectDto => dto,
};
const execution = {
  toGenerated: (dto: TaskExecutionDto): Schemas['TaskExecutionDto'] => dto,
  toContract: (dto: Schemas['TaskExecutionDto']): TaskExecutionDto => dto,
};
const problem = {
  toGenerated: (dto: ProblemDto): Schemas['ProblemDto'] => dto,
  toContract: (dto: Schemas['ProblemDto']): ProblemDto => dto,
};
const user = {
  toGenerated: (dto: UserDto): Schemas['UserDto'] => dto,
  toContract: (dto: Schemas['UserDto']): UserDto => dto,
};
const verifiedKey = {
  toGenerated: (dto: VerifiedApiKeyDto): Schemas['VerifiedApiKeyDto'] => dto,
  toContract: (dto: Schemas['VerifiedApiKeyDto']): VerifiedApiKeyDto => dto,
};
const organization = {
  toGenerated: (dto: OrganizationRecordDto): Schemas['OrganizationRecordDto'] => dto,
  toContract: (dto: Schemas['OrganizationRecordDto']): OrganizationRecordDto => dto,
};
const modelPrice = {
  toGenerated: (dto: ModelPriceRecordDto): Schemas['ModelPriceRecordDto'] => dto,
  toContract: (dto: Schemas['ModelPriceRecordDto']): ModelPriceRecordDto => dto,
};
const hierarchyNode = {
  toGenerated: (dto: HierarchyNodeRecordDto): Schemas['HierarchyNodeRecordDto'] => dto,
  toContract: (dto: Schemas['HierarchyNodeRecordDto']): HierarchyNodeRecordDto => dto,
};
const batch = {
  request: (dto: BatchRequestDto): Schemas['BatchRequestDto'] => dto,
  toGenerated: (dto: BatchResponseDto): Schemas['BatchResponseDto'] => dto,
  toContract: (dto: Schemas['BatchResponseDto']): BatchResponseDto => dto,
};
const patchSet = {
  toGenerated: (dto: PatchSetRecordDto): Schemas['PatchSetRecordDto'] => dto,
  toContract: (dto: Schemas['PatchSetRecordDto']): PatchSetRecordDto => dto,
};
const spend = {
  create: (dto: CreateSpendLedgerRecordDto): Schemas['CreateSpendLedgerRecordDto'] => dto,
  toGenerated: (dto: SpendLedgerRecordDto): Schemas['SpendLedgerRecordDto'] => dto,
  toContract: (dto: Schemas['SpendLedgerRecordDto']): SpendLedgerRecordDto => dto,
  bulk: (dto: SpendLedgerBulkResultDto): Schemas['SpendLedgerBulkResultDto'] => dto,
  aggregate: (dto: SpendAggregateDto): Schemas['SpendAggregateDto'] => dto,
  days: (dto: SpendDayTrendDto): Schemas['SpendDayTrendDto'] => dto,
  hours: (dto: SpendHourTrendDto): Schemas['SpendHourTrendDto'] => dto,
};
const requests = {
  createModelPrice: (dto: CreateModelPriceRecordDto): Schemas['CreateModelPriceRecordDto'] => dto,
  createHierarchyNode: (dto: CreateHierarchyNodeRecordDto): Schemas['CreateHierarchyNodeRecordDto'] => dto,
  createProject: (dto: CreateProjectDto): Schemas['CreateProjectDto'] => dto,
  createUser: (dto: CreateUserDto): Schemas['CreateUserDto'] => dto,
  putExecution: (dto: PutTaskExecutionDto): Schemas['PutTaskExecutionDto'] => dto,
};

describe('generated types and libs/contracts', () => {
  it('describe the same project record', () => {
    const dto: ProjectDto = {
      id: '7d1f9a52-3c0e-4c1a-9a8e-0b3f3f1c2d4e',
      created_at: '2025-01-01T00:00:00.000Z',
      updated_at: '2025-01-01T00:00:00.000Z',
      version: 1,
      name: 'p',
      description: null,
      status: 'active',
      owner_id: '0f9f1c2d-1111-4c1a-9a8e-0b3f3f1c2d4e',
      modules: ['api'],
      repo_url: null,
      config: { region: 'eu' },
      deleted_at: null,
    };
    expect(project.toContract(project.toGenerated(dto))).toEqual(dto);
  });

  it('describe the same task execution, problem and request bodies', () => {
    const put: PutTaskExecutionDto = {
      worker_id: 'w',
      started_at: '2025-01-01T00:00:00.000Z',
      finished_at: '2025-01-01T00:00:01.000Z',
      duration_ms: 1000,
      exit_code: 0,
      status: 'success',
    };
    const record: TaskExecutionDto = {
      ...put,
      id: 'job-1',
      task_id: null,
      result_data: null,
      version: 1,
      created_at: put.started_at,
      updated_at: put.started_at,
    };
    const answer: ProblemDto = {
      type: 'about:blank',
      title: 'Not found',
      status: 404,
      detail: 'no',
      instance: '/api/projects/x',
      code: 'not_found',
      request_id: 'r',
    };
    expect(execution.toContract(execution.toGenerated(record))).toEqual(record);
    expect(problem.toContract(problem.toGenerated(answer))).toEqual(answer);
    expect(requests.putExecution(put)).toBe(put);
    expect(requests.createProject({ name: 'p', modules: [] })).toEqual({ name: 'p', modules: [] });
  });

  it('describe the same user without Telegram and the same verified key', () => {
    const person: UserDto = {
      id: '7d1f9a52-3c0e-4c1a-9a8e-0b3f3f1c2d4e',
      created_at: '2025-01-01T00:00:00.000Z',
      updated_at: '2025-01-01T00:00:00.000Z',
      version: 1,
      telegram_id: null,
      username: null,
      email: 'ada@example.org',
      role: 'member',
      is_active: true,
    };
    const key: VerifiedApiKeyDto = {
      key_id: '0f9f1c2d-1111-4c1a-9a8e-0b3f3f1c2d4e',
      name: 'k',
      owner_id: person.id,
      telegram_id: null,
      email: person.email,
      role: 'member',
      scopes: [],
      expires_at: null,
    };
    expect(user.toContract(user.toGenerated(person))).toEqual(person);
    expect(verifiedKey.toContract(verifiedKey.toGenerated(key))).toEqual(key);
    expect(requests.createUser({ email: 'ada@example.org' })).toEqual({ email: 'ada@example.org' });
  });

  it('describe the same cost records (organization, model price, hierarchy node)', () => {
    const record = {
      id: '7d1f9a52-3c0e-4c1a-9a8e-0b3f3f1c2d4e',
      created_at: '2025-01-01T00:00:00.000Z',
      updated_at: '2025-01-01T00:00:00.000Z',
      version: 1,
    };
    const org: OrganizationRecordDto = {
      ...record,
      slug: 'acme',
      name: 'Acme',
      currency: 'EUR',
      timezone: 'Europe/Paris',
      country: 'FR',
      fiscal_year_start: 1,
      plan: 'free',
      pending_plan: null,
      pending_plan_from: null,
      limit_overrides: { seats: 5 },
      hierarchy_levels: ['department', 'team', 'project'],
      status: 'active',
    };
    const create: CreateModelPriceRecordDto = {
      provider: 'openai',
      model: 'gpt-x',
      input_per_1m: '2.5',
      output_per_1m: '10',
      valid_from: '2025-01-01T00:00:00.000Z',
      valid_to: null,
      source: 'catalogue',
    };
    const price: ModelPriceRecordDto = {
      ...record,
      ...create,
      org_id: null,
      valid_to: null,
      cached_input_per_1m: null,
      cache_write_per_1m: null,
      reasoning_per_1m: null,
      per_request: null,
      currency: 'USD',
      note: null,
    };
    const node: HierarchyNodeRecordDto = {
      ...record,
      org_id: record.id,
      parent_id: null,
      level: 'department',
      code: 'ENG',
      name: 'Engineering',
      depth: 0,
      daily_budget: '10',
      monthly_budget: null,
      budget_enforcement: 'hard',
      metadata: {},
    };
    expect(organization.toContract(organization.toGenerated(org))).toEqual(org);
    expect(modelPrice.toContract(modelPrice.toGenerated(price))).toEqual(price);
    expect(hierarchyNode.toContract(hierarchyNode.toGenerated(node))).toEqual(node);
    expect(requests.createModelPrice(create)).toBe(create);
    const child = { org_id: record.id, level: 'team', code: 'T', name: 'T', depth: 1 };
    expect(requests.createHierarchyNode(child)).toBe(child);
  });

  it('describe the same batch and PatchSet record', () => {
    const id = '7d1f9a52-3c0e-4c1a-9a8e-0b3f3f1c2d4e';
    const request: BatchRequestDto = {
      operations: [
        { ref: 'p', method: 'create', resource: 'projects', body: { name: 'p', modules: [] } },
        { method: 'create', resource: 'tasks', body: { type: 'qa', title: 't' }, refs: { project_id: 'p' } },
        { method: 'delete', resource: 'projects', id_ref: 'p', if_match: 1, query: { cascade: true } },
      ],
    };
    const answer: BatchResponseDto = {
      refs: { p: id },
      results: [
        { index: 0, ref: 'p', resource: 'projects', method: 'create', id, version: 1, record: { id } },
        { index: 1, resource: 'task_dependencies', method: 'delete', id, version: null, record: null },
      ],
    };
    const record: PatchSetRecordDto = {
      id,
      created_at: '2025-01-01T00:00:00.000Z',
      updated_at: '2025-01-01T00:00:00.000Z',
      version: 1,
      owner_id: id,
      project_id: null,
      status: 'proposed',
      endpoint: 'generate',
      format_version: 1,
      base: null,
      source: {},
      ops: [{ op: 'create_project' }],
      rationale: null,
      warnings: [],
      validation: null,
      result: null,
      chat_session_id: null,
      chat_message_id: null,
      applied_at: null,
    };
    expect(batch.request(request)).toBe(request);
    expect(batch.toContract(batch.toGenerated(answer))).toEqual(answer);
    expect(patchSet.toContract(patchSet.toGenerated(record))).toEqual(record);
  });

  it('describe the same spend ledger row, bulk answer and spend reads', () => {
    const id = '7d1f9a52-3c0e-4c1a-9a8e-0b3f3f1c2d4e';
    const create: CreateSpendLedgerRecordDto = {
      event_id: 'usage:resp_1',
      org_id: id,
      occurred_at: '2025-01-14T23:30:00.000Z',
      local_day: '2025-01-15',
      source: 'run',
      provider: 'openai',
      model: 'gpt-4o-mini',
      amount: '0.000123456789',
    };
    const row: SpendLedgerRecordDto = {
      ...create,
      id,
      created_at: create.occurred_at,
      updated_at: create.occurred_at,
      version: 1,
      node_id: null,
      project_id: null,
      model: 'gpt-4o-mini',
      user_id: null,
      run_id: null,
      job_id: null,
      input_tokens: 0,
      output_tokens: 0,
      cached_input_tokens: 0,
      quantity: null,
      currency: 'USD',
      price_id: null,
      price_snapshot: null,
      adjusts_id: null,
    };
    const totals = { amount: '0.5', input_tokens: 1, output_tokens: 2, cached_input_tokens: 0, events: 1 };
    const aggregate: SpendAggregateDto = {
      groups: [{ key: { provider: 'openai', model: null, local_day: '2025-01-15' }, ...totals }],
      total: totals,
      group_count: 1,
      truncated: false,
    };
    const days: SpendDayTrendDto = {
      bucket: 'week',
      buckets: [{ start: '2025-01-13', ...totals }],
      total: totals,
    };
    const hours: SpendHourTrendDto = {
      bucket: 'hour',
      timezone: 'Europe/Paris',
      buckets: [{ start: '2025-01-14T23:00:00.000Z', local_start: '2025-01-15T00:00:00+01:00', ...totals }],
      total: totals,
    };
    const bulk: SpendLedgerBulkResultDto = { inserted: 1, duplicates: ['usage:resp_0'] };
    expect(spend.create(create)).toBe(create);
    expect(spend.toContract(spend.toGenerated(row))).toEqual(row);
    expect(spend.bulk(bulk)).toBe(bulk);
    expect(spend.aggregate(aggregate)).toBe(aggregate);
    expect(spend.days(days)).toBe(days);
    expect(spend.hours(hours)).toBe(hours);
  });
});
