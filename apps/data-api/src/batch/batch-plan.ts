import { type BatchOperationDto, type FieldErrorDto, GetQueryDto } from '@slipway/contracts';
import type { Principal } from '@slipway/identity';
import { ProblemException, validateAgainst } from '@slipway/platform';
import type { BaseRow } from '../resources/definition';
import type { ResourceService } from '../resources/resource.service';

/** One operation, checked: its resource's service and its body (or query) as the contract made it. */
export interface PlannedOperation {
  index: number;
  op: BatchOperationDto;
  service: ResourceService<BaseRow, unknown>;
  input: object;
}

/** What each method takes besides `method`, `resource` and `ref`. */
const TAKES = {
  create: ['body', 'refs'],
  update: ['id', 'id_ref', 'if_match', 'body', 'refs'],
  delete: ['id', 'id_ref', 'if_match', 'query'],
  restore: ['id', 'id_ref', 'if_match'],
} as const;
const OPTIONAL = ['id', 'id_ref', 'if_match', 'body', 'query', 'refs'] as const;

/** Stands in for a ref's id while a body is validated; the record's id replaces it when the operation runs. */
const REF_PLACEHOLDER = '00000000-0000-4000-8000-000000000000';

type Find = (path: string) => ResourceService<BaseRow, unknown> | undefined;

/**
 * Checks every operation before any runs: refs defined once and before use, one target for a
 * change, only the fields its method takes, a known resource that allows the method, a body (or
 * query) valid against that resource's own contract. Every error of every operation is answered
 * at once, each named `operations[i].…`; but a resource only services touch refuses anyone else
 * at once (403), as its routes do.
 */
export async function planBatch(
  principal: Principal,
  operations: BatchOperationDto[],
  find: Find,
): Promise<PlannedOperation[]> {
  const errors: FieldErrorDto[] = [];
  const defined = new Map<string, number>();
  const planned: PlannedOperation[] = [];
  for (const [index, op] of operations.entries()) {
    const refuse = (field: string, message: string) =>
      errors.push({ field: `operations[${index}].${field}`, message: `operation ${index}: ${message}` });
    for (const [field, ref] of usedRefs(op))
      if (!defined.has(ref)) refuse(field, `${field} names ref ${ref}, which no earlier operation defines`);
    if (op.ref !== undefined) {
      const first = defined.get(op.ref);
      if (first === undefined) defined.set(op.ref, index);
      else refuse('ref', `ref ${op.ref} is already defined by operation ${first}`);
    }
    const takes: readonly string[] = TAKES[op.method];
    for (const field of OPTIONAL)
      if (op[field] !== undefined && !takes.includes(field)) refuse(field, `${op.method} takes no ${field}`);
    if (takes.includes('id') && (op.id === undefined) === (op.id_ref === undefined))
      refuse('id', `${op.method} needs one of id and id_ref`);
    for (const field of Object.keys(op.refs ?? {}))
      if (op.body?.[field] !== undefined) refuse(`refs.${field}`, `${field} is set by both body and refs`);

    const service = find(op.resource);
    if (!service) {
      refuse('resource', `${op.resource} is no resource that POST /api/batch writes`);
      continue;
    }
    // As its routes do, a record only services touch refuses anyone else before its body is read.
    try {
      service.assertMayAccess(principal);
    } catch (error) {
      throw inOperation(index, op, error);
    }
    const { def } = service;
    if (op.method === 'restore' && !def.softDelete)
      refuse('method', `${def.path} records are deleted outright; there is nothing to restore`);
    if ((op.method === 'update' || op.method === 'delete') && def.appendOnly)
      refuse('method', `${def.path} is append-only: records are never changed or deleted`);
    const { input, errors: found } = await validateInput(op, index, service);
    for (const error of found) errors.push({ ...error, message: `operation ${index}: ${error.message}` });
    planned.push({ index, op, service, input });
  }
  if (errors.length) throw ProblemException.validation(errors);
  return planned;
}

/** The refs an operation reads, with the field that names each. */
function usedRefs(op: BatchOperationDto): [string, string][] {
  return [
    ...(op.id_ref === undefined ? [] : [['id_ref', op.id_ref] as [string, string]]),
    ...Object.entries(op.refs ?? {}).map(([field, ref]): [string, string] => [`refs.${field}`, ref]),
  ];
}

/** The body of a create or update (refs standing in), or the query of a delete, against its contract. */
async function validateInput(
  op: BatchOperationDto,
  index: number,
  service: ResourceService<BaseRow, unknown>,
): Promise<{ input: object; errors: FieldErrorDto[] }> {
  const at = `operations[${index}]`;
  const { dto } = service.def;
  switch (op.method) {
    case 'create':
    case 'update': {
      const refs = Object.fromEntries(Object.keys(op.refs ?? {}).map((field) => [field, REF_PLACEHOLDER]));
      const type = op.method === 'create' ? dto.create : dto.update;
      const { instance, errors } = await validateAgainst(type, { ...op.body, ...refs }, `${at}.body`);
      // A field that refs sets is named there.
      const named = errors.map((e) => {
        const field = /\.body\.([a-z0-9_]+)/.exec(e.field)?.[1];
        return field && field in refs ? { ...e, field: e.field.replace('.body.', '.refs.') } : e;
      });
      return { input: instance, errors: named };
    }
    case 'delete': {
      const { instance, errors } = await validateAgainst(
        dto.delete ?? GetQueryDto,
        op.query ?? {},
        `${at}.query`,
      );
      return { input: instance, errors };
    }
    case 'restore':
      return { input: {}, errors: [] };
  }
}

/** A problem of one operation, named after it; the fields of its body are named there (or in refs). */
export function inOperation(index: number, op: BatchOperationDto, error: unknown): unknown {
  if (!(error instanceof ProblemException)) return error;
  const where = (field: string) =>
    op.refs?.[field] !== undefined
      ? `refs.${field}`
      : op.method === 'create' || op.method === 'update'
        ? `body.${field}`
        : field;
  return new ProblemException(
    error.code,
    `operation ${index}: ${error.detail}`,
    error.errors?.map((e) => ({ field: `operations[${index}].${where(e.field)}`, message: e.message })),
    error.headers,
  );
}
