/** The cost domain: the usage the cost service prices and accounts. */
export * from './streams';
export * from './enums';
export * from './records.dto';
export * from './hierarchy.dto';
export * from './pricing.dto';
export * from './subscriptions.dto';
export * from './integrations.dto';
