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
}

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
  { name: 'ci-jobs', main: 'dist/apps/ci-jobs/main.js', port: 3003, portVariable: 'PORT' },
  { name: 'ci-runner', main: 'dist/apps/ci-jobs/runner.js', port: 9102, portVariable: 'PORT' },
  {
    name: 'orchestrator-runs',
    main: 'dist/apps/orchestrator-runs/main.js',
    port: 3002,
    portVariable: 'PORT',
    directories: RUNS_DIRECTORIES,
  },
  {
    name: 'agent-worker',
    main: 'dist/apps/orchestrator-runs/worker.js',
    port: 9101,
    portVariable: 'PORT',
    directories: RUNS_DIRECTORIES,
  },
  // Last: its /ready waits for every service above.
  { name: 'gateway', main: 'dist/apps/gateway/main.js', port: 3000, portVariable: 'PORT' },
];

/** The suite's front door, the address `npm start` prints. */
export const GATEWAY_PORT = 3000;
