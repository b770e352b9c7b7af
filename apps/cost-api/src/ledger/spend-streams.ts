import { CiJobFinished, UsageRecorded } from '@slipway/contracts';

/** The streams whose events become spend, read in batches of INGEST_BATCH_SIZE: model calls and CI job ends. */
export const SPEND_STREAMS = {
  'cost.usage': UsageRecorded,
  'ci.job-events': CiJobFinished,
} as const;
