import { Injectable, type Type } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { DataSource } from 'typeorm';
import { Db } from '../database/db';
import type { BaseRow, ResourceDefinition } from './definition';
import { ResourceService } from './resource.service';

/** The fields a body contract declares: every one carries at least one validation decorator. */
const fieldsOf = (dto: Type): string[] => [
  ...new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(dto, '', false, false)
      .map((m) => m.propertyName),
  ),
];

/**
 * Builds a resource's service, reading its JSON columns and id type from the TypeORM entity
 * metadata; one per definition, so its controller and POST /api/batch share it.
 */
@Injectable()
export class ResourceFactory {
  /** Each definition's service, by the definition. */
  private readonly services = new Map<object, unknown>();

  constructor(
    private readonly db: Db,
    private readonly dataSource: DataSource,
  ) {}

  for<Row extends BaseRow, Response>(def: ResourceDefinition<Row, Response>): ResourceService<Row, Response> {
    let service = this.services.get(def) as ResourceService<Row, Response> | undefined;
    if (!service) {
      service = this.build(def);
      this.services.set(def, service);
    }
    return service;
  }

  private build<Row extends BaseRow, Response>(
    def: ResourceDefinition<Row, Response>,
  ): ResourceService<Row, Response> {
    const metadata = this.dataSource.entityMetadatas.find((m) => m.tableName === def.table);
    if (!metadata) throw new Error(`No entity maps table ${def.table}`);
    const columnOf = (field: string) => metadata.columns.find((c) => c.propertyName === field);
    // Keyset cursors compare sort values with < and >, which never match NULL: sort fields must be NOT NULL.
    for (const field of def.sortable) {
      const column = columnOf(field);
      if (!column || column.isNullable)
        throw new Error(`${def.path}: sort field ${field} must be a NOT NULL column`);
    }
    // A PUT sets every field of its contract, to the column default when left out: each must be a column.
    const replaceable = def.dto.replace ? fieldsOf(def.dto.replace) : [];
    for (const field of replaceable) {
      if (!columnOf(field)) throw new Error(`${def.path}: replaced field ${field} is not a column`);
    }
    for (const field of def.keptOnReplace ?? []) {
      if (!replaceable.includes(field))
        throw new Error(`${def.path}: kept field ${field} is not replaceable`);
    }
    const jsonColumns = new Set(
      metadata.columns.filter((c) => c.type === 'jsonb').map((c) => c.propertyName),
    );
    const idIsUuid =
      metadata.primaryColumns[0]?.type === 'uuid' ||
      metadata.primaryColumns[0]?.generationStrategy === 'uuid';
    return new ResourceService(def, this.db, { jsonColumns, idIsUuid, replaceable });
  }
}
