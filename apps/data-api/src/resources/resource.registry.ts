import { Inject, Injectable } from '@nestjs/common';
import type { BaseRow, ResourceDefinition } from './definition';
import { ResourceFactory } from './resource.factory';
import type { ResourceService } from './resource.service';

/** The definitions the generic CrudController serves alone (no hook of a controller of their own). */
export const PLAIN_RESOURCES = Symbol('PLAIN_RESOURCES');

/** The services of those resources by path, shared with their controllers: what POST /api/batch writes. */
@Injectable()
export class ResourceRegistry {
  private readonly services: ReadonlyMap<string, ResourceService<BaseRow, unknown>>;

  constructor(@Inject(PLAIN_RESOURCES) definitions: readonly ResourceDefinition[], factory: ResourceFactory) {
    this.services = new Map(definitions.map((def) => [def.path, factory.for(def)]));
  }

  find(path: string): ResourceService<BaseRow, unknown> | undefined {
    return this.services.get(path);
  }
}
