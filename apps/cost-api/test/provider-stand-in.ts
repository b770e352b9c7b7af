import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { parseSigV4Authorization, sha256Hex, sigV4Signature } from '../src/integrations/aws-sigv4';

/**
 * A local stand-in of the providers' APIs: one node:http server answering each provider's check
 * call under `/<provider>`, as the provider documents it, for one known good credential (a SigV4
 * signature verified for Bedrock); 401 for any other. Paths are written out here, not read from
 * the catalogue, so a wrong path in the catalogue fails. `/hang/…` never answers.
 */

type Headers = IncomingMessage['headers'];
const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export interface SeenRequest {
  provider: string;
  method: string;
  url: string;
  headers: Headers;
}

const BEDROCK = {
  access_key_id: 'AKIASTANDIN000000001',
  secret_access_key: 'standIn/Secret+Access0Key0000000000000000',
  region: 'eu-west-1',
};

/** The setup body of a credential each provider accepts (base URLs filled in by startProviderStandIn). */
const GOOD_SECRETS = {
  openai: { api_key: 'sk-standin-openai-0000000000000001' },
  anthropic: { api_key: 'sk-ant-standin-0000000000000002' },
  gemini: { api_key: 'AIzaStandInGemini00000000000003' },
  azure_openai: { api_key: 'azurestandinkey00000000000000004', api_version: '2024-10-21' },
  bedrock: BEDROCK,
  mistral: { api_key: 'mistral-standin-000000000000005' },
  cohere: { api_key: 'cohere-standin-0000000000000006' },
  groq: { api_key: 'gsk_standin00000000000000000007' },
  deepseek: { api_key: 'sk-standin-deepseek-00000000008' },
  openrouter: { api_key: 'sk-or-v1-standin00000000000009' },
  xai: { api_key: 'xai-standin000000000000000000010' },
  github: { token: 'ghp_standin000000000000000000011' },
  gitea: { token: 'giteastandintoken00000000000012' },
};
export type StandInProvider = keyof typeof GOOD_SECRETS;
export const STAND_IN_PROVIDERS = Object.keys(GOOD_SECRETS) as StandInProvider[];

type Check = (request: IncomingMessage, url: URL) => boolean | 'bad_request';

const bearer =
  (key: string): Check =>
  (req) =>
    header(req.headers, 'authorization') === `Bearer ${key}`;

/** Each provider's API root beneath its host, as its OpenAI-compatible clients take it as base URL. */
const API_ROOTS: Record<StandInProvider, string> = {
  openai: '/v1',
  anthropic: '',
  gemini: '',
  azure_openai: '',
  bedrock: '',
  mistral: '/v1',
  cohere: '',
  groq: '/openai/v1',
  deepseek: '',
  openrouter: '/api/v1',
  xai: '/v1',
  github: '',
  gitea: '',
};

/** Each provider's check path from its host and how it authenticates, as its API documents. */
const ROUTES: Record<StandInProvider, { path: string; accepts: Check }> = {
  openai: { path: '/v1/models', accepts: bearer(GOOD_SECRETS.openai.api_key) },
  anthropic: {
    path: '/v1/models',
    accepts: (req) =>
      header(req.headers, 'anthropic-version') === undefined
        ? 'bad_request'
        : header(req.headers, 'x-api-key') === GOOD_SECRETS.anthropic.api_key,
  },
  gemini: {
    path: '/v1beta/models',
    accepts: (req, url) =>
      url.searchParams.has('key')
        ? 'bad_request'
        : header(req.headers, 'x-goog-api-key') === GOOD_SECRETS.gemini.api_key,
  },
  azure_openai: {
    path: '/openai/models',
    accepts: (req, url) =>
      url.searchParams.get('api-version') !== GOOD_SECRETS.azure_openai.api_version
        ? 'bad_request'
        : header(req.headers, 'api-key') === GOOD_SECRETS.azure_openai.api_key,
  },
  bedrock: { path: '/foundation-models', accepts: (req, url) => validSigV4(req, url) },
  mistral: { path: '/v1/models', accepts: bearer(GOOD_SECRETS.mistral.api_key) },
  cohere: { path: '/v1/models', accepts: bearer(GOOD_SECRETS.cohere.api_key) },
  groq: { path: '/openai/v1/models', accepts: bearer(GOOD_SECRETS.groq.api_key) },
  deepseek: { path: '/models', accepts: bearer(GOOD_SECRETS.deepseek.api_key) },
  openrouter: { path: '/api/v1/key', accepts: bearer(GOOD_SECRETS.openrouter.api_key) },
  xai: { path: '/v1/models', accepts: bearer(GOOD_SECRETS.xai.api_key) },
  github: {
    path: '/user',
    accepts: (req) =>
      header(req.headers, 'user-agent') === undefined
        ? 'bad_request'
        : bearer(GOOD_SECRETS.github.token)(req, new URL('http://x')),
  },
  gitea: {
    path: '/api/v1/user',
    accepts: (req) => header(req.headers, 'authorization') === `token ${GOOD_SECRETS.gitea.token}`,
  },
};

const isStandInProvider = (name: string): name is StandInProvider => Object.hasOwn(ROUTES, name);

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Bedrock's check: a SigV4 signature by the good key, for the region and service, within 15 minutes. */
function validSigV4(req: IncomingMessage, url: URL): boolean {
  const parsed = parseSigV4Authorization(header(req.headers, 'authorization') ?? '');
  const amzDate = header(req.headers, 'x-amz-date') ?? '';
  if (!parsed || parsed.accessKeyId !== BEDROCK.access_key_id) return false;
  const [day, region, service, terminator] = parsed.scope;
  if (region !== BEDROCK.region || service !== 'bedrock' || terminator !== 'aws4_request') return false;
  if (day !== amzDate.slice(0, 8) || !parsed.signedHeaders.includes('host')) return false;
  const at = Date.parse(
    amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
  );
  if (!(Math.abs(Date.now() - at) < 15 * 60_000)) return false;
  const headers = Object.fromEntries(
    parsed.signedHeaders.map((name) => [name, header(req.headers, name) ?? '']),
  );
  const { signature } = sigV4Signature({
    method: req.method ?? 'GET',
    url,
    headers,
    payloadHash: sha256Hex(''),
    region,
    service,
    accessKeyId: parsed.accessKeyId,
    secretAccessKey: BEDROCK.secret_access_key,
    amzDate,
  });
  return same(signature, parsed.signature);
}

const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

export interface ProviderStandIn {
  url: string;
  /** PROVIDER_BASE_URLS pointing every provider at the stand-in. */
  baseUrlsEnv: string;
  /** A setup body each provider accepts (azure's endpoint and gitea's base URL the stand-in's). */
  good: Record<StandInProvider, Record<string, string>>;
  /** Every request received, in order. */
  seen: SeenRequest[];
  close(): Promise<void>;
}

export async function startProviderStandIn(): Promise<ProviderStandIn> {
  const seen: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${header(req.headers, 'host') ?? 'localhost'}`);
    const [, provider = '', ...rest] = url.pathname.split('/');
    seen.push({ provider, method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    if (provider === 'hang') return;
    const route = isStandInProvider(provider) ? ROUTES[provider] : undefined;
    if (!route || req.method !== 'GET' || `/${rest.join('/')}` !== route.path)
      return send(res, 404, { error: { message: 'no such route' } });
    const verdict = route.accepts(req, url);
    if (verdict === 'bad_request') return send(res, 400, { error: { message: 'malformed request' } });
    if (!verdict) return send(res, 401, { error: { message: 'invalid credentials' } });
    send(res, 200, provider === 'github' || provider === 'gitea' ? { login: 'stand-in' } : { data: [] });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const good: Record<StandInProvider, Record<string, string>> = {
    ...GOOD_SECRETS,
    azure_openai: { ...GOOD_SECRETS.azure_openai, endpoint: `${url}/azure_openai` },
    gitea: { ...GOOD_SECRETS.gitea, base_url: `${url}/gitea` },
  };
  return {
    url,
    baseUrlsEnv: STAND_IN_PROVIDERS.map((p) => `${p}=${url}/${p}${API_ROOTS[p]}`).join(','),
    good,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
