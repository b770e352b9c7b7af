import { getMetadataStorage, type MetadataStorage } from 'class-validator';

type ValidationMetadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];

const CACHED = Symbol.for('slipway.streams.validation-rules-cached');

type Rules = ValidationMetadata[];
type RulesByProperty = Record<string, Rules>;

/**
 * class-validator looks a class's rules up again on every `validate()`: it walks every class that
 * has rules, for the ancestors of the one validated, then groups the rules by property. For a small
 * message payload that is most of its validation time. The rules change only when a decorated class
 * is declared, so this keeps both answers per class and options until the storage gains a rule;
 * the checks themselves are class-validator's own, unchanged. Idempotent.
 */
export function cacheValidationRules(storage: MetadataStorage = getMetadataStorage()): void {
  const marked = storage as MetadataStorage & { [CACHED]?: true };
  if (marked[CACHED]) return;
  marked[CACHED] = true;
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let rules = new WeakMap<object, Map<string, Rules>>();
  let grouped = new WeakMap<Rules, RulesByProperty>();

  storage.addValidationMetadata = (metadata) => {
    rules = new WeakMap();
    grouped = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const options = JSON.stringify([schema, always, strictGroups, groups ?? null]);
    let ofTarget = rules.get(target);
    if (!ofTarget) rules.set(target, (ofTarget = new Map()));
    let found = ofTarget.get(options);
    if (!found) ofTarget.set(options, (found = lookUp(target, schema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group(metadata)));
    return found;
  };
}
