export * from './model-price';
export * from './money';
export * from './priced-cost';
