import { AppLogger, createLogger } from '@slipway/platform';
import { OpenAiPlanner } from '../../src/planner/openai/openai-planner';
import type { PlannerSettings } from '../../src/planner/openai/planner-settings';
import type { ProjectSnapshot } from '../../src/planner/snapshot';
import { startOpenAiStandIn, type OpenAiStandIn, type StandInRequestBody } from './openai-stand-in';

export const PROJECT = '00000000-0000-4000-8000-000000000001';
export const TASK = '00000000-0000-4000-8000-000000000101';

/** A project with one task, version 3 (the task at version 2). */
export const SNAPSHOT: ProjectSnapshot = {
  project: {
    id: PROJECT,
    name: 'Shop',
    description: null,
    status: 'active',
    modules: [],
    owner_id: 'u1',
    version: 3,
  },
  tasks: [
    {
      id: TASK,
      parent_id: null,
      title: 'Checkout',
      description: 'Card and invoice payments',
      type: 'engineering',
      status: 'todo',
      priority: 'medium',
      assignee: null,
      payload: {},
      version: 2,
      created_at: '2026-01-01T00:00:00.000Z',
    },
  ],
  dependencies: [],
};

/** A valid answer to a generate. */
export const PLAN = {
  rationale: 'A shop: a catalogue first, then search.',
  ops: [
    { op: 'create_project', ref: '$p', name: 'Shop' },
    { op: 'create_task', ref: '$t1', project: '$p', title: 'Catalogue' },
    { op: 'create_task', ref: '$t2', project: '$p', title: 'Search' },
    { op: 'add_dependency', task: '$t2', depends_on: '$t1' },
  ],
};
/** An answer whose second operation's title is too long. */
export const OVERLONG = JSON.stringify({
  ...PLAN,
  ops: [PLAN.ops[0], { ...PLAN.ops[1], title: 'x'.repeat(250) }],
});
export const GENERATE = { idea: 'An online shop for a bakery', maxTasks: 10 };

/** What a promise rejected with; a test fails when it resolves. */
export function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

/** OpenAI planners against one OpenAI-compatible stand-in, its answers scripted per request. */
export class PlannerBench {
  private readonly planners: OpenAiPlanner[] = [];
  private readonly logger = new AppLogger(createLogger('openai-planner-test', 'silent'));

  private constructor(readonly standIn: OpenAiStandIn) {}

  static async start(): Promise<PlannerBench> {
    return new PlannerBench(await startOpenAiStandIn());
  }

  planner(settings: Partial<PlannerSettings> = {}): OpenAiPlanner {
    const planner = new OpenAiPlanner(
      {
        PLANNER_MODEL: 'gpt-planner',
        PLANNER_BASE_URL: `${this.standIn.url}/v1`,
        PLANNER_API_KEY: this.standIn.apiKey,
        PLANNER_RESPONSE_FORMAT: 'json_schema',
        PLANNER_TIMEOUT_MS: 5000,
        PLANNER_MAX_OUTPUT_TOKENS: 4000,
        ...settings,
      },
      this.logger,
    );
    this.planners.push(planner);
    return planner;
  }

  /** The next request is answered with `content` (JSON-encoded unless a string), usage unless false. */
  answer(content: unknown, usage?: false): void {
    const text = typeof content === 'string' ? content : JSON.stringify(content);
    this.standIn.script({ kind: 'content', content: text, ...(usage === false ? { usage } : {}) });
  }

  /** The bodies of the requests received, in order (null: not a chat-completions body). */
  bodies(): (StandInRequestBody | null)[] {
    return this.standIn.requests.map((request) => request.body);
  }

  async close(): Promise<void> {
    await Promise.all(this.planners.splice(0).map((planner) => planner.onApplicationShutdown()));
    await this.standIn.close();
  }
}
