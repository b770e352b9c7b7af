/** The processes `npm start` runs, in start order, with their ports (DESIGN §1). */
export interface ServiceSpec {
  name: string;
  main: string;
  port: number;
  /** Environment variable naming the port. */
  portVariable: 'PORT';
  /** Needs a database of its own (only data-api opens PostgreSQL). */
  database?: string;
}

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
];
