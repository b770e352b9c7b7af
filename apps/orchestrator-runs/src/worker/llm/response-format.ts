import { ProviderError } from './provider';

/** How a chat completion is asked to answer JSON: OpenAI's `response_format`. */
export type ResponseFormat =
  { type: 'json_schema'; name: string; schema: Record<string, unknown> } | { type: 'json_object' };

/** A format by its strength; `none` asks for nothing (the prompt alone says JSON). */
export type ResponseFormatKind = ResponseFormat['type'] | 'none';

const WEAKER: Record<ResponseFormatKind, ResponseFormatKind | undefined> = {
  json_schema: 'json_object',
  json_object: 'none',
  none: undefined,
};
const STRENGTH: Record<ResponseFormatKind, number> = { json_schema: 2, json_object: 1, none: 0 };

/** A 400 whose message names the JSON modes: the server or model does not take that format. */
const REFUSAL = /response_format|json_schema|json_object|structured output/i;

export function isResponseFormatRefusal(error: unknown): boolean {
  return (
    error instanceof ProviderError &&
    error.code === 'provider_rejected' &&
    error.status === 400 &&
    REFUSAL.test(error.message)
  );
}

/** The request body's `response_format` for `kind`, from the format the caller asked for. */
export function responseFormatBody(
  requested: ResponseFormat | undefined,
  kind: ResponseFormatKind,
): { response_format?: Record<string, unknown> } {
  if (requested === undefined || kind === 'none') return {};
  if (kind === 'json_object' || requested.type === 'json_object')
    return { response_format: { type: 'json_object' } };
  return {
    response_format: {
      type: 'json_schema',
      json_schema: { name: requested.name, schema: requested.schema, strict: false },
    },
  };
}

/**
 * What each model has shown it takes: once a server refuses a format for a model, every later
 * request of that model (through this client, so for the life of the process) starts at the weaker one.
 */
export class ResponseFormatSupport {
  private readonly ceiling = new Map<string, ResponseFormatKind>();

  /** The format to try first: the one asked for, unless the model refused it before. */
  kindFor(model: string, requested: ResponseFormat | undefined): ResponseFormatKind {
    if (requested === undefined) return 'none';
    const ceiling = this.ceiling.get(model) ?? 'json_schema';
    return STRENGTH[requested.type] <= STRENGTH[ceiling] ? requested.type : ceiling;
  }

  /** Notes that `model` refused `kind`; the weaker format to try instead, or undefined when none is left. */
  refused(model: string, kind: ResponseFormatKind): ResponseFormatKind | undefined {
    const weaker = WEAKER[kind];
    if (weaker !== undefined) this.ceiling.set(model, weaker);
    return weaker;
  }
}
