/**
 * The settings notifications read, from whichever app holds them (cost-api or the cost-worker:
 * CostSharedConfig declares them for both).
 */
export interface NotificationSettings {
  REDIS_URL: string;
  REDIS_PREFIX: string;
  SMTP_URL?: string;
  SMTP_FROM: string;
  NOTIFY_SEND_TIMEOUT_MS: number;
  NOTIFY_ALLOW_HTTP: boolean;
  NOTIFY_ALLOW_PRIVATE_TARGETS: boolean;
  NOTIFY_CLAIM_STALE_MS: number;
  SUMMARY_SEND_HOUR: number;
}
