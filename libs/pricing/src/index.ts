export * from './model-price';
export * from './money';
export * from './priced-cost';
export * from './model-call-cost';
export * from './effective-price';
export * from './price-units';
export * from './subscription-cost';
