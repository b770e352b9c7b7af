/** The cost service's records as data-api keeps them: create, update, response and list contracts per table. */
export {
  COUNTRY_PATTERN,
  CURRENCY_PATTERN,
  DATE_PATTERN,
  isLimitOverrides,
  isTimeZone,
  KEY_HASH_PATTERN,
  MONEY_PATTERN,
  MONTH_PATTERN,
  SLUG_PATTERN,
  UNIT_PRICE_PATTERN,
} from './records/fields';
export * from './records/organizations.dto';
export * from './records/members-keys.dto';
export * from './records/integrations.dto';
export * from './records/prices.dto';
export * from './records/subscriptions.dto';
export * from './records/hierarchy.dto';
export * from './records/pipelines.dto';
export * from './records/presets.dto';
export * from './records/ledger.dto';
export * from './records/spend-reads.dto';
export * from './records/notifications.dto';
export * from './records/alerts.dto';
