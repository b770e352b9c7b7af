/** The cost domain: the usage the cost service prices and accounts. */
export * from './streams';
export * from './audit.dto';
export * from './organizations.dto';
export * from './enums';
export * from './records.dto';
export * from './hierarchy.dto';
export * from './validator.dto';
export * from './quota.dto';
export * from './admin.dto';
export * from './pipelines.dto';
export * from './pricing.dto';
export * from './subscriptions.dto';
export * from './integrations.dto';
export * from './budgets.dto';
export * from './costs.dto';
export * from './genai.dto';
