import type { LocalSecretVariable } from './local-secrets';

/** The processes `npm start` runs, in start order, with their ports (DESIGN §1). */
export interface ServiceSpec {
  name: string;
  main: string;
  port: number;
  /** Environment variable naming the port. */
  portVariable: 'PORT';
  /** Needs a database of its own (only data-api opens PostgreSQL). */
  database?: string;
  /**
   * Variables naming directories, relative to the workspace root; `npm start` passes them as
   * absolute paths unless the environment sets them. Services that must see the same files
   * (the orchestrator and its workers) name the same directory.
   */
  directories?: Record<string, string>;
  /**
   * Variables naming the base URL of another service of this list: `npm start` passes
   * `http://127.0.0.1:<its port>` unless the environment sets them.
   */
  upstreams?: Record<string, string>;
  /** Secrets made once and kept under `.data/` (local-secrets.ts) unless the environment sets them. */
  localSecrets?: LocalSecretVariable[];
  /** Variables with a value fit for one machine, passed unless the environment sets them. */
  localDefaults?: Record<string, string>;
}

/** Told where cost-api is: the admission of an organization's pipelines, its credentials for runs. */
const COST_API_CLIENT = { COST_API_URL: 'cost-api' };

/**
 * Notification channels of a local suite reach local receivers (a webhook catcher on 127.0.0.1,
 * say): http:// and loopback/private addresses allowed, which a deployment refuses by default.
 */
const LOCAL_RECEIVERS = { NOTIFY_ALLOW_HTTP: 'true', NOTIFY_ALLOW_PRIVATE_TARGETS: 'true' };

/** Run workspaces, written by agent-worker and served by orchestrator-runs; under the ignored .data/. */
const RUNS_DIRECTORIES = {
  ARTIFACTS_DIR: '.data/runs',
  PROFILES_DIR: 'apps/orchestrator-runs/profiles',
};

export const SERVICES: ServiceSpec[] = [
  {
    name: 'data-api',
    main: 'dist/apps/data-api/main.js',
    port: 3001,
    portVariable: 'PORT',
    database: 'slipway',
  },
  // Before the services that ask it to admit their runs and jobs.
  {
    name: 'cost-api',
    main: 'dist/apps/cost-api/main.js',
    port: 3004,
    portVariable: 'PORT',
    upstreams: { DATA_API_URL: 'data-api', ORCHESTRATOR_URL: 'orchestrator-runs' },
    localSecrets: ['COST_ROOT_API_KEY', 'CREDENTIALS_ENCRYPTION_KEY'],
    localDefaults: LOCAL_RECEIVERS,
  },
  // Prices usage and CI time into the ledger and runs the cost schedules; unseals notification
  // channels with cost-api's key.
  {
    name: 'cost-worker',
    main: 'dist/apps/cost-api/worker.js',
    port: 9103,
    portVariable: 'PORT',
    upstreams: { DATA_API_URL: 'data-api' },
    localSecrets: ['CREDENTIALS_ENCRYPTION_KEY'],
    localDefaults: LOCAL_RECEIVERS,
  },
  {
    name: 'ci-jobs',
    main: 'dist/apps/ci-jobs/main.js',
    port: 3003,
    portVariable: 'PORT',
    upstreams: COST_API_CLIENT,
  },
  {
    name: 'ci-runner',
    main: 'dist/apps/ci-jobs/runner.js',
    port: 9102,
    portVariable: 'PORT',
    upstreams: COST_API_CLIENT,
  },
  {
    name: 'orchestrator-runs',
    main: 'dist/apps/orchestrator-runs/main.js',
    port: 3002,
    portVariable: 'PORT',
    directories: RUNS_DIRECTORIES,
    upstreams: COST_API_CLIENT,
  },
  {
    name: 'agent-worker',
    main: 'dist/apps/orchestrator-runs/worker.js',
    port: 9101,
    portVariable: 'PORT',
    directories: RUNS_DIRECTORIES,
    upstreams: COST_API_CLIENT,
  },
  // Last: its /ready waits for every service above.
  {
    name: 'gateway',
    main: 'dist/apps/gateway/main.js',
    port: 3000,
    portVariable: 'PORT',
    upstreams: COST_API_CLIENT,
  },
];

/** The local base URL of a service of SERVICES. */
export function localUrl(name: string): string {
  const service = SERVICES.find((candidate) => candidate.name === name);
  if (!service) throw new Error(`no service ${name} in SERVICES`);
  return `http://127.0.0.1:${service.port}`;
}

/** The suite's front door, the address `npm start` prints. */
export const GATEWAY_PORT = 3000;
