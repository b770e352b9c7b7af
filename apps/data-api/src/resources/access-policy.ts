import { ProblemException } from '@slipway/platform';
import { isAdmin, ownerScope, type Principal } from '@slipway/identity';
import type { Executor } from '../database/db';
import type { ResourceDefinition, Values } from './definition';
import { ident, type Statement } from './sql';

type PolicyOf = Pick<
  ResourceDefinition,
  'access' | 'path' | 'softDelete' | 'appendOnly' | 'serviceWritten' | 'undeletable'
>;

/**
 * Who sees and changes a resource's rows, by its access kind (definition.ts `Access`): the rows a
 * caller sees as conditions of a statement, and the checks a write passes first.
 */
export class AccessPolicy {
  constructor(private readonly def: PolicyOf) {}

  /** Creating a row reads the project or run it belongs to first (so the insert needs a transaction). */
  get readsBeforeCreate(): boolean {
    return this.def.access === 'project' || this.def.access === 'run';
  }

  /** Records of the `service` kind are no one's but the services': anyone else is refused outright. */
  assertMayAccess(principal: Principal): void {
    if (this.def.access === 'service' && principal.kind !== 'service')
      throw new ProblemException('forbidden', `Only Slipway services read or write ${this.def.path}`);
  }

  /** Narrows a statement to the caller's rows, and to live ones unless `includeDeleted`. */
  visible(st: Statement, principal: Principal, includeDeleted: boolean): void {
    this.assertMayAccess(principal);
    if (this.def.softDelete && !includeDeleted) st.where.push(`${ident('deleted_at')} IS NULL`);
    const scope = ownerScope(principal);
    if (scope === null) return;
    switch (this.def.access) {
      case 'shared':
      case 'service':
        return;
      case 'owner':
        st.where.push(`${ident('owner_id')} = ${st.param(scope)}`);
        return;
      case 'project':
        st.where.push(
          `${ident('project_id')} IN (SELECT id FROM projects WHERE owner_id = ${st.param(scope)})`,
        );
        return;
      case 'self':
        st.where.push(`${ident('id')} = ${st.param(scope)}`);
        return;
      case 'run':
        st.where.push(`${ident('run_id')} IN (SELECT id FROM runs WHERE owner_id = ${st.param(scope)})`);
        return;
    }
  }

  assertMayWrite(principal: Principal): void {
    this.assertMayAccess(principal);
    if (this.def.serviceWritten && principal.kind !== 'service')
      throw new ProblemException('forbidden', `Only Slipway services write ${this.def.path}`);
    if ((this.def.access === 'shared' || this.def.access === 'self') && !isAdmin(principal)) {
      throw new ProblemException('forbidden', `Only admins may change ${this.def.path}`);
    }
  }

  /** Changing or deleting: never for append-only records, otherwise as writing. */
  assertMayChange(principal: Principal): void {
    this.assertMayAccess(principal);
    if (this.def.appendOnly)
      throw new ProblemException(
        'method_not_allowed',
        `${this.def.path} is append-only: records are never changed or deleted`,
      );
    this.assertMayWrite(principal);
  }

  /** Deleting: never for records kept for good, otherwise as changing. */
  assertMayDelete(principal: Principal): void {
    this.assertMayAccess(principal);
    if (this.def.undeletable)
      throw new ProblemException(
        'method_not_allowed',
        `${this.def.path} records are kept: they are never deleted`,
      );
    this.assertMayChange(principal);
  }

  /** A change that names an owner: members may not give their records away. */
  assertMayReassign(principal: Principal, values: Values): void {
    const scope = ownerScope(principal);
    if (
      this.def.access === 'owner' &&
      scope !== null &&
      values.owner_id !== undefined &&
      values.owner_id !== scope
    ) {
      throw new ProblemException('forbidden', 'Only admins may give a record to another user');
    }
  }

  /** Members create rows they own, or rows in projects or runs they own; admins and services may name anyone. */
  async withOwnership(principal: Principal, values: Values, tx: Executor): Promise<Values> {
    const scope = ownerScope(principal);
    if (this.def.access === 'owner') {
      if (values.owner_id === undefined) {
        if (principal.kind !== 'user')
          throw ProblemException.validation([
            { field: 'owner_id', message: 'owner_id is required for service calls' },
          ]);
        return { ...values, owner_id: principal.id };
      }
      if (scope !== null && values.owner_id !== scope)
        throw new ProblemException('forbidden', 'Only admins may create records for another user');
    }
    if (this.def.access === 'project' && typeof values.project_id === 'string') {
      const [project] = await tx.query<{ owner_id: string }>(
        'SELECT owner_id FROM projects WHERE id = $1 AND deleted_at IS NULL',
        [values.project_id],
      );
      if (!project)
        throw ProblemException.validation([
          { field: 'project_id', message: 'project_id refers to no live project' },
        ]);
      if (scope !== null && project.owner_id !== scope)
        throw new ProblemException('forbidden', 'The project belongs to another user');
    }
    if (this.def.access === 'run' && typeof values.run_id === 'string') {
      const [run] = await tx.query<{ owner_id: string }>('SELECT owner_id FROM runs WHERE id = $1', [
        values.run_id,
      ]);
      if (!run) throw ProblemException.validation([{ field: 'run_id', message: 'run_id refers to no run' }]);
      if (scope !== null && run.owner_id !== scope)
        throw new ProblemException('forbidden', 'The run belongs to another user');
    }
    return values;
  }
}
