/** The runs domain: the /runs API, its metrics and the runs streams. */
export * from './run-metrics.dto';
export * from './runs-api.dto';
export * from './streams';
