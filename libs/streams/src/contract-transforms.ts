import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
import { TransformationType, Type } from 'class-transformer';
import type { ContractClass } from './contracts';

/**
 * class-transformer keeps what `@Type`, `@Transform`, `@Expose` and `@Exclude` declare in a storage
 * its index does not export; read here only to learn whether a contract declares any.
 */
const { defaultMetadataStorage: storage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: MetadataStorage;
};

class Probe {
  @Type(() => Probe) probe?: Probe;
}

/** Whether the storage read is the one the decorators write to (one copy of class-transformer). */
const storageSeen = storage.findTypeMetadata(Probe, 'probe') !== undefined;

/**
 * Whether plainToInstance would do more to a payload of `contract` than copy its properties: a
 * transform, a nested type, an exposing or excluding strategy, or a property that is an accessor or
 * a method of the class. True when it cannot tell.
 */
export function transformsPlain(contract: ContractClass, properties: readonly string[]): boolean {
  if (!storageSeen) return true;
  if (storage.getStrategy(contract) !== 'none') return true;
  if (storage.getExposedMetadatas(contract).length > 0 || storage.getExcludedMetadatas(contract).length > 0)
    return true;
  return properties.some(
    (property) =>
      property in contract.prototype ||
      storage.findTypeMetadata(contract, property) !== undefined ||
      storage.findTransformMetadatas(contract, property, TransformationType.PLAIN_TO_CLASS).length > 0,
  );
}
