import { BaseConfig, EnvVar, PortVar, ServiceTokenVar } from '@slipway/platform';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';

/** What the orchestrator API and the agent worker share: Redis, data-api, the artifacts volume, profiles, the model. */
export abstract class RunsSharedConfig extends BaseConfig {
  @EnvVar({ description: 'Redis connection URL.', default: 'redis://127.0.0.1:6379', sensitive: true })
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL!: string;

  @EnvVar({
    description:
      'Prefix of every Redis key, channel and stream this service uses (several suites may share one Redis).',
    default: '',
  })
  @IsString()
  REDIS_PREFIX!: string;

  @ServiceTokenVar()
  SERVICE_TOKEN!: string;

  @EnvVar({ description: 'Base URL of data-api, where runs are recorded.', default: 'http://127.0.0.1:3001' })
  @IsUrl({ require_tld: false })
  DATA_API_URL!: string;

  @EnvVar({
    description:
      'Directory of run workspaces ({run_id}/artifacts/{phase}/…); the orchestrator and the workers must see the same one.',
    default: '.data/runs',
  })
  @IsString()
  ARTIFACTS_DIR!: string;

  @EnvVar({
    description: 'Directory of the run profiles (*.yaml).',
    default: 'apps/orchestrator-runs/profiles',
  })
  @IsString()
  PROFILES_DIR!: string;

  @EnvVar({
    description: 'Executions of one phase (dispatches and lost workers) before it fails for good.',
    default: '3',
  })
  @IsInt()
  @Min(1)
  @Max(10)
  PHASE_MAX_ATTEMPTS!: number;

  @EnvVar({
    description: 'A dispatched phase no worker took within this long is dispatched again, in milliseconds.',
    default: '600000',
  })
  @IsInt()
  @Min(1000)
  DISPATCH_TIMEOUT_MS!: number;

  @EnvVar({
    description:
      'Model provider of agents: template (built in, offline, deterministic) or openai (any OpenAI-compatible chat-completions API).',
    default: 'template',
  })
  @IsIn(['template', 'openai'])
  LLM_PROVIDER!: 'template' | 'openai';

  @EnvVar({
    description:
      'Model agents use unless their profile or agent config names one; its prices come from data-api available_models.',
    default: 'slipway-template-1',
  })
  @IsString()
  LLM_MODEL!: string;
}

export class OrchestratorConfig extends RunsSharedConfig {
  @PortVar(3002)
  PORT!: number;

  @EnvVar({
    description: 'How long POST /runs/{id}/next waits for the phase before answering 202, in milliseconds.',
    default: '30000',
  })
  @IsInt()
  @Min(0)
  @Max(600_000)
  NEXT_WAIT_MS!: number;

  @EnvVar({ description: 'Runs one user may create per minute.', default: '30' })
  @IsInt()
  @Min(1)
  RATE_LIMIT_CREATE_PER_MINUTE!: number;

  @EnvVar({ description: 'Advances (POST /runs/{id}/next) one user may request per minute.', default: '60' })
  @IsInt()
  @Min(1)
  RATE_LIMIT_ADVANCE_PER_MINUTE!: number;

  @EnvVar({
    description: 'Profile of runs started by engineering tasks (engineering:queue).',
    default: 'web_service',
  })
  @Matches(/^[a-z][a-z0-9_-]{0,99}$/)
  ENGINEERING_PROFILE!: string;

  @EnvVar({
    description: 'Interval of `: ping` comments on event streams, in milliseconds.',
    default: '15000',
  })
  @IsInt()
  @Min(100)
  SSE_PING_MS!: number;

  @EnvVar({
    description: 'Earlier runs of the same profile whose token use projects the cost of remaining phases.',
    default: '20',
  })
  @IsInt()
  @Min(1)
  @Max(200)
  PROJECTION_HISTORY_RUNS!: number;

  @EnvVar({
    description:
      "Base URL of cost-api, whose validator admits the runs of an organization's projects before they start (refused: 429; unreachable: 503, nothing started) and frees their slot when they end. Unset: no admission.",
    optional: true,
  })
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  COST_API_URL?: string;

  @EnvVar({
    description:
      'Planner of /api/planner and /api/agent: offline (built in, deterministic, no model) or openai (any OpenAI-compatible chat-completions API).',
    default: 'offline',
  })
  @IsIn(['offline', 'openai'])
  PLANNER_PROVIDER!: 'offline' | 'openai';

  @EnvVar({
    description: 'Model of the openai planner; its prices come from data-api available_models.',
    default: 'gpt-4o-mini',
  })
  @IsString()
  @MinLength(1)
  PLANNER_MODEL!: string;

  @EnvVar({
    description: 'Base URL of the OpenAI-compatible API of the planner (PLANNER_PROVIDER=openai).',
    optional: true,
  })
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  PLANNER_BASE_URL?: string;

  @EnvVar({
    description: 'API key of the planner’s provider (PLANNER_PROVIDER=openai).',
    optional: true,
    sensitive: true,
  })
  @IsOptional()
  @IsString()
  PLANNER_API_KEY?: string;

  @EnvVar({
    description:
      'How the openai planner asks for JSON: json_schema (structured output with the PatchSet schema), json_object, or none (fenced JSON in text, stripped and checked).',
    default: 'json_schema',
  })
  @IsIn(['json_schema', 'json_object', 'none'])
  PLANNER_RESPONSE_FORMAT!: 'json_schema' | 'json_object' | 'none';

  @EnvVar({
    description: 'One planner model call, from request to the whole answer, in milliseconds.',
    default: '60000',
  })
  @IsInt()
  @Min(1000)
  PLANNER_TIMEOUT_MS!: number;

  @EnvVar({ description: 'Output limit of one planner call, in tokens.', default: '8000' })
  @IsInt()
  @Min(256)
  PLANNER_MAX_OUTPUT_TOKENS!: number;

  @EnvVar({
    description: 'Plans one user may generate per minute (POST /api/planner/generate).',
    default: '10',
  })
  @IsInt()
  @Min(1)
  RATE_LIMIT_GENERATE_PER_MINUTE!: number;

  @EnvVar({
    description:
      'Other planner and agent calls that use the model (refine, decompose, chat) one user may make per minute.',
    default: '30',
  })
  @IsInt()
  @Min(1)
  RATE_LIMIT_PLANNER_PER_MINUTE!: number;

  @EnvVar({
    description: 'Chat turns carried word for word in the next prompt; older ones are summarised.',
    default: '6',
  })
  @IsInt()
  @Min(1)
  @Max(50)
  CHAT_RECENT_TURNS!: number;
}

export class AgentWorkerConfig extends RunsSharedConfig {
  @PortVar(9101)
  PORT!: number;

  @EnvVar({ description: 'Phases one worker process executes at a time.', default: '2' })
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY!: number;

  @EnvVar({
    description: 'A phase lease lapses unless renewed within this long, in milliseconds.',
    default: '30000',
  })
  @IsInt()
  @Min(500)
  LEASE_MS!: number;

  @EnvVar({
    description: 'How often a worker renews its lease and checks for cancellation, in milliseconds.',
    default: '10000',
  })
  @IsInt()
  @Min(100)
  HEARTBEAT_MS!: number;

  @EnvVar({
    description: 'How often the reaper looks for phases whose lease lapsed, in milliseconds.',
    default: '15000',
  })
  @IsInt()
  @Min(100)
  REAPER_INTERVAL_MS!: number;

  @EnvVar({
    description: 'A phase request unacknowledged this long is taken over by another worker, in milliseconds.',
    default: '60000',
  })
  @IsInt()
  @Min(500)
  VISIBILITY_TIMEOUT_MS!: number;

  @EnvVar({ description: 'Base URL of the OpenAI-compatible API (LLM_PROVIDER=openai).', optional: true })
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  LLM_BASE_URL?: string;

  @EnvVar({ description: 'API key of the OpenAI-compatible API.', optional: true, sensitive: true })
  @IsOptional()
  @IsString()
  LLM_API_KEY?: string;

  @EnvVar({ description: 'Time limit of one model call, in milliseconds.', default: '120000' })
  @IsInt()
  @Min(1000)
  LLM_TIMEOUT_MS!: number;

  @EnvVar({ description: 'Attempts of one model call (429, 5xx, network errors are retried).', default: '3' })
  @IsInt()
  @Min(1)
  @Max(10)
  LLM_MAX_ATTEMPTS!: number;

  @EnvVar({
    description: 'Prompt budget of one call, earlier artifacts truncated to fit (estimated tokens).',
    default: '24000',
  })
  @IsInt()
  @Min(1000)
  LLM_MAX_INPUT_TOKENS!: number;

  @EnvVar({ description: 'Output limit of one call, in tokens.', default: '4000' })
  @IsInt()
  @Min(16)
  LLM_MAX_OUTPUT_TOKENS!: number;

  @EnvVar({
    description:
      'Base URL of cost-api. Set: a run whose project belongs to an organization with a valid credential for LLM_PROVIDER calls the provider with that credential. Unset: always LLM_API_KEY.',
    optional: true,
  })
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  COST_API_URL?: string;
}
