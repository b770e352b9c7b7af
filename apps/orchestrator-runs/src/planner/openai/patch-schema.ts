/**
 * The JSON Schema of the planner model's answer, generated from the @nestjs/swagger metadata of the
 * PatchSet contracts (the classes the answer is validated against), so the two cannot drift apart.
 * OpenAPI's dialect is turned into self-contained JSON Schema: `$ref`s inlined, `nullable` as a
 * `null` type, `oneOf` as `anyOf` (what structured outputs take), unknown properties refused.
 */
import type { Type } from '@nestjs/common';
import { generateSchema, type ReferenceObject, type SchemaObject } from '@nestjs/swagger';
import { PATCH_OP_CLASSES, PATCH_OP_KINDS, PatchSetDto, type PatchOpKind } from '@slipway/contracts';

export type JsonSchema = { [keyword: string]: unknown };

/** The planner's two answer shapes: a plan (generate, refine, decompose) and a chat turn. */
export type AnswerKind = 'plan' | 'chat';

const REF_PREFIX = '#/components/schemas/';
/** OpenAPI keywords that JSON Schema has not (nullable is rewritten, the rest only document). */
const DROPPED = new Set(['example', 'nullable', 'x-enumNames']);

const isReference = (node: SchemaObject | ReferenceObject): node is ReferenceObject => '$ref' in node;
const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function orNull(schema: JsonSchema): JsonSchema {
  if (typeof schema.type !== 'string') return { anyOf: [schema, { type: 'null' }] };
  const values = Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {};
  return { ...schema, type: [schema.type, 'null'], ...values };
}

/** `node` as JSON Schema with every reference to `schemas` replaced by its target. */
function inline(node: SchemaObject | ReferenceObject, schemas: Record<string, SchemaObject>): JsonSchema {
  if (isReference(node)) {
    const target = schemas[node.$ref.slice(REF_PREFIX.length)];
    if (target === undefined) throw new Error(`The schema ${node.$ref} was not generated`);
    return inline(target, schemas);
  }
  const { allOf, oneOf, anyOf, items, properties, additionalProperties, nullable, ...rest } = node;
  let schema: JsonSchema = Object.fromEntries(Object.entries(rest).filter(([key]) => !DROPPED.has(key)));
  // Swagger wraps a described or nullable reference in a one-element allOf: the target, plus its own keywords.
  if (allOf?.length === 1) schema = { ...inline(allOf[0], schemas), ...schema };
  else if (allOf) schema.allOf = allOf.map((part) => inline(part, schemas));
  const alternatives = oneOf ?? anyOf;
  if (alternatives) schema.anyOf = alternatives.map((part) => inline(part, schemas));
  if (items) schema.items = inline(items, schemas);
  if (properties) {
    schema.properties = Object.fromEntries(
      Object.entries(properties).map(([name, property]) => [name, inline(property, schemas)]),
    );
    schema.additionalProperties = false;
  }
  if (additionalProperties !== undefined)
    schema.additionalProperties =
      typeof additionalProperties === 'boolean'
        ? additionalProperties
        : inline(additionalProperties, schemas);
  return nullable === true ? orNull(schema) : schema;
}

/** A contract class (a request body, an operation) as self-contained JSON Schema. */
export function jsonSchemaOf(type: Type<object>): JsonSchema {
  const { schema, schemas } = generateSchema(type);
  return inline(schema, schemas);
}

function propertiesOf(schema: JsonSchema): Record<string, JsonSchema> {
  const properties = schema.properties;
  if (!isSchema(properties)) throw new Error('The schema has no properties');
  return Object.fromEntries(
    Object.entries(properties).map(([name, value]) => [name, isSchema(value) ? value : {}]),
  );
}

let opSchemas: Record<PatchOpKind, JsonSchema> | undefined;

/** Each operation's schema, its `op` narrowed to its own kind (the capabilities endpoint lists them). */
export function patchOpSchemas(): Record<PatchOpKind, JsonSchema> {
  opSchemas ??= Object.fromEntries(
    PATCH_OP_KINDS.map((kind): [PatchOpKind, JsonSchema] => {
      const schema = jsonSchemaOf(PATCH_OP_CLASSES[kind]);
      const properties = { ...propertiesOf(schema), op: { type: 'string', enum: [kind] } };
      return [kind, { ...schema, properties }];
    }),
  ) as Record<PatchOpKind, JsonSchema>;
  return opSchemas;
}

const answers = new Map<AnswerKind, JsonSchema>();

const object = (properties: Record<string, JsonSchema>): JsonSchema => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

/**
 * The answer the model is asked for: `{rationale, ops}` for a plan, `{reply, ops | null,
 * rationale | null}` for a chat turn. `ops` and `rationale` keep PatchSetDto's limits.
 */
export function proposalSchema(kind: AnswerKind): JsonSchema {
  const known = answers.get(kind);
  if (known) return known;
  const patchSet = propertiesOf(jsonSchemaOf(PatchSetDto));
  const ops = { ...patchSet.ops, items: { anyOf: Object.values(patchOpSchemas()) } };
  const rationale = patchSet.rationale;
  const schema =
    kind === 'plan'
      ? object({ rationale, ops })
      : object({
          reply: { type: 'string', description: 'The answer to the person, in their language.' },
          ops: { anyOf: [ops, { type: 'null' }], description: 'null when the message asks for no change.' },
          rationale: { anyOf: [rationale, { type: 'null' }] },
        });
  answers.set(kind, schema);
  return schema;
}
