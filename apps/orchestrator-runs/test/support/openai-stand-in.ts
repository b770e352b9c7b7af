import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArtifactRequest } from '../../src/worker/llm/artifact-request';
import type { ChatMessage } from '../../src/worker/llm/provider';
import { renderArtifact } from '../../src/worker/llm/templates/render-artifact';

/** The figures every successful answer reports, fixed so tests can check cost arithmetic exactly. */
export interface StandInUsage {
  prompt_tokens: number;
  completion_tokens: number;
  cached_tokens: number;
  reasoning_tokens: number;
}

/** What the next call gets instead of a normal answer. */
export type ScriptedAnswer =
  | { kind: 'rate-limited'; retryAfterSeconds?: number }
  | { kind: 'error'; status: number; message?: string }
  /** Answers normally, after the delay; nothing is sent if the client gives up first. */
  | { kind: 'slow'; delayMs: number }
  /** Answers normally but without the `usage` object, as some compatible servers do. */
  | { kind: 'no-usage' }
  /** Answers with this message content (with usage unless `usage` is false). */
  | { kind: 'content'; content: string; usage?: false };

export interface StandInRequestBody {
  model: string;
  messages: ChatMessage[];
  max_tokens?: number;
  max_completion_tokens?: number;
  temperature?: number;
  response_format?: Record<string, unknown>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Null when the body was not a valid chat-completions request (answered 400). */
  body: StandInRequestBody | null;
}

export interface OpenAiStandInOptions {
  /** The key `Authorization: Bearer …` must carry; anything else is answered 401. */
  apiKey?: string;
  usage?: Partial<StandInUsage>;
  /** Wraps every answer in a code fence labelled with the artifact's type, as chat models often do. */
  fenced?: boolean;
}

export interface OpenAiStandIn {
  /** The server's origin; the OpenAI base URL is `${url}/v1`. */
  url: string;
  apiKey: string;
  usage: StandInUsage;
  /** Every request received, in order, rejected ones included. */
  requests: RecordedRequest[];
  /** The next `times` calls (default 1) get `answer`; scripts queue up in order. */
  script(answer: ScriptedAnswer, times?: number): void;
  close(): Promise<void>;
}

export const STAND_IN_API_KEY = 'sk-stand-in-0123456789abcdef';
const DEFAULT_USAGE: StandInUsage = {
  prompt_tokens: 1200,
  completion_tokens: 800,
  cached_tokens: 300,
  reasoning_tokens: 150,
};
const ROLES = new Set(['system', 'user', 'assistant']);

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const errorBody = (message: string, type: string, code: string | null = null) => ({
  error: { message, type, param: null, code },
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isMessage = (value: unknown): value is ChatMessage =>
  isRecord(value) && ROLES.has(String(value.role)) && typeof value.content === 'string';
const optionalNumber = (value: unknown) => value === undefined || typeof value === 'number';

/** The body as OpenAI would accept it, else null. */
function requestBodyOf(raw: string): StandInRequestBody | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(json)) return null;
  const { model, messages, max_tokens, max_completion_tokens, temperature, response_format } = json;
  if (typeof model !== 'string' || model === '') return null;
  if (!Array.isArray(messages) || messages.length === 0 || !messages.every(isMessage)) return null;
  if (![max_tokens, max_completion_tokens, temperature].every(optionalNumber)) return null;
  if (response_format !== undefined && !isRecord(response_format)) return null;
  return {
    model,
    messages,
    ...(typeof max_tokens === 'number' ? { max_tokens } : {}),
    ...(typeof max_completion_tokens === 'number' ? { max_completion_tokens } : {}),
    ...(typeof temperature === 'number' ? { temperature } : {}),
    ...(response_format === undefined ? {} : { response_format }),
  };
}

function contentFor(messages: ChatMessage[], fenced: boolean): string {
  const request = parseArtifactRequest(messages);
  if (!request) {
    const question = messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';
    return `Stand-in answer to: ${question.split('\n')[0]}`;
  }
  const content = renderArtifact(request);
  return fenced ? `\`\`\`${request.type}\n${content}\`\`\`` : content;
}

/**
 * A local OpenAI-compatible chat-completions server (POST /v1/chat/completions) for tests: it
 * answers with the artifact the prompt asks for, ids `chatcmpl-1`, `chatcmpl-2`, … and fixed usage
 * figures, and on cue with scripted content or a failure. Unlike OpenAI, its 401 echoes the whole
 * key it was sent, so a test can prove the client never repeats one.
 */
export async function startOpenAiStandIn(options: OpenAiStandInOptions = {}): Promise<OpenAiStandIn> {
  const apiKey = options.apiKey ?? STAND_IN_API_KEY;
  const usage = { ...DEFAULT_USAGE, ...options.usage };
  const requests: RecordedRequest[] = [];
  const scripts: ScriptedAnswer[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let completions = 0;

  const answer = (res: ServerResponse, body: StandInRequestBody, withUsage: boolean, content?: string) => {
    completions += 1;
    send(res, 200, {
      id: `chatcmpl-${completions}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: content ?? contentFor(body.messages, options.fenced ?? false),
            refusal: null,
          },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      ...(withUsage
        ? {
            usage: {
              prompt_tokens: usage.prompt_tokens,
              completion_tokens: usage.completion_tokens,
              total_tokens: usage.prompt_tokens + usage.completion_tokens,
              prompt_tokens_details: { cached_tokens: usage.cached_tokens, audio_tokens: 0 },
              completion_tokens_details: { reasoning_tokens: usage.reasoning_tokens, audio_tokens: 0 },
            },
          }
        : {}),
    });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = requestBodyOf(Buffer.concat(chunks).toString('utf8'));
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        send(res, 404, errorBody(`Unknown request URL: ${req.method} ${req.url}`, 'invalid_request_error'));
        return;
      }
      const sentKey = /^Bearer (.*)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      if (sentKey !== apiKey) {
        send(
          res,
          401,
          errorBody(`Incorrect API key provided: ${sentKey}.`, 'invalid_request_error', 'invalid_api_key'),
        );
        return;
      }
      if (body === null) {
        send(res, 400, errorBody('Invalid chat completions request body.', 'invalid_request_error'));
        return;
      }
      const scripted = scripts.shift();
      switch (scripted?.kind) {
        case undefined:
          answer(res, body, true);
          return;
        case 'no-usage':
          answer(res, body, false);
          return;
        case 'content':
          answer(res, body, scripted.usage !== false, scripted.content);
          return;
        case 'rate-limited':
          send(
            res,
            429,
            errorBody('Rate limit reached for requests.', 'requests', 'rate_limit_exceeded'),
            scripted.retryAfterSeconds === undefined
              ? {}
              : { 'retry-after': String(scripted.retryAfterSeconds) },
          );
          return;
        case 'error':
          send(
            res,
            scripted.status,
            errorBody(scripted.message ?? 'The server had an error.', 'server_error'),
          );
          return;
        case 'slow': {
          const timer = setTimeout(() => {
            timers.delete(timer);
            answer(res, body, true);
          }, scripted.delayMs);
          timers.add(timer);
          res.on('close', () => {
            clearTimeout(timer);
            timers.delete(timer);
          });
          return;
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    apiKey,
    usage,
    requests,
    script(scripted, times = 1) {
      for (let i = 0; i < times; i++) scripts.push(scripted);
    },
    close() {
      timers.forEach((timer) => clearTimeout(timer));
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
