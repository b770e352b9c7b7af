import { getMetadataStorage, IS_OPTIONAL } from 'class-validator';
import {
  GenerateRequest,
  MAX_PATCH_OPS,
  PATCH_OP_CLASSES,
  PATCH_OP_KINDS,
  ProjectFieldsDto,
  TaskFieldsDto,
  TaskType,
} from '@slipway/contracts';
import { jsonSchemaOf, patchOpSchemas, proposalSchema, type JsonSchema } from './patch-schema';

/** The properties class-validator checks on instances of `type`, and those it requires. */
function validated(type: new () => object): { all: string[]; required: string[] } {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
  const all = [...new Set(metadata.map((entry) => entry.propertyName))];
  const optional = new Set(
    metadata.filter((entry) => entry.name === IS_OPTIONAL).map((entry) => entry.propertyName),
  );
  return { all: all.sort(), required: all.filter((name) => !optional.has(name)).sort() };
}

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function child(schema: JsonSchema, ...path: string[]): JsonSchema {
  let node: unknown = schema;
  for (const key of path) node = isSchema(node) ? node[key] : undefined;
  if (!isSchema(node)) throw new Error(`no schema at ${path.join('.')}`);
  return node;
}

const keysOf = (schema: JsonSchema) => Object.keys(child(schema, 'properties')).sort();
const requiredOf = (schema: JsonSchema) =>
  Array.isArray(schema.required) ? [...schema.required].sort() : [];

describe('patchOpSchemas', () => {
  const schemas = patchOpSchemas();

  it.each(PATCH_OP_KINDS)(
    'lists exactly the properties %s validates, and requires the ones it requires',
    (kind) => {
      const rules = validated(PATCH_OP_CLASSES[kind]);
      expect(keysOf(schemas[kind])).toEqual(rules.all);
      expect(requiredOf(schemas[kind])).toEqual(rules.required);
      expect(schemas[kind]).toMatchObject({ type: 'object', additionalProperties: false });
      expect(child(schemas[kind], 'properties', 'op')).toEqual({ type: 'string', enum: [kind] });
    },
  );

  it('inlines the nested field classes, with their properties', () => {
    expect(keysOf(child(schemas.update_task, 'properties', 'set'))).toEqual(validated(TaskFieldsDto).all);
    expect(keysOf(child(schemas.update_project, 'properties', 'expect'))).toEqual(
      validated(ProjectFieldsDto).all,
    );
    expect(child(schemas.update_task, 'properties', 'set', 'properties', 'type').enum).toEqual(
      Object.values(TaskType),
    );
  });

  it('is self-contained JSON Schema: no $ref, no OpenAPI-only keywords', () => {
    const text = JSON.stringify(schemas);
    expect(text).not.toContain('$ref');
    expect(text).not.toContain('"nullable"');
    expect(text).not.toContain('"example"');
    expect(child(schemas.move_task, 'properties', 'parent').type).toEqual(['string', 'null']);
    expect(child(schemas.create_task, 'properties', 'payload')).toMatchObject({
      type: 'object',
      additionalProperties: true,
    });
  });
});

describe('proposalSchema', () => {
  it('asks a plan for a rationale and the operations, any kind of them, within the PatchSet limit', () => {
    const plan = proposalSchema('plan');
    expect(plan).toMatchObject({
      type: 'object',
      required: ['rationale', 'ops'],
      additionalProperties: false,
    });
    const ops = child(plan, 'properties', 'ops');
    expect(ops).toMatchObject({ type: 'array', maxItems: MAX_PATCH_OPS });
    expect(child(ops, 'items').anyOf).toEqual(Object.values(patchOpSchemas()));
    expect(child(plan, 'properties', 'rationale')).toMatchObject({ type: 'string', maxLength: 10_000 });
  });

  it('asks a chat turn for a reply, and operations and a rationale or null', () => {
    const chat = proposalSchema('chat');
    expect(chat).toMatchObject({ required: ['reply', 'ops', 'rationale'], additionalProperties: false });
    expect(child(chat, 'properties', 'reply').type).toBe('string');
    expect(child(chat, 'properties', 'ops').anyOf).toEqual([
      child(proposalSchema('plan'), 'properties', 'ops'),
      { type: 'null' },
    ]);
    expect(JSON.stringify(chat)).not.toContain('$ref');
  });
});

describe('jsonSchemaOf', () => {
  it('gives a request body its properties and required fields as the class validates them', () => {
    const schema = jsonSchemaOf(GenerateRequest);
    const rules = validated(GenerateRequest);
    expect([keysOf(schema), requiredOf(schema)]).toEqual([rules.all, rules.required]);
    expect(child(schema, 'properties', 'max_tasks')).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 150,
    });
  });
});
