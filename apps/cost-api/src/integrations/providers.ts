/**
 * The providers an org can connect, as data: the credential each takes and the cheapest
 * authenticated call that proves it works. Adding a provider is adding an entry here (and its
 * route in the test stand-in).
 */

export const PROVIDER_IDS = [
  'openai',
  'anthropic',
  'gemini',
  'azure_openai',
  'bedrock',
  'mistral',
  'cohere',
  'groq',
  'deepseek',
  'openrouter',
  'xai',
  'github',
  'gitea',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export const isProviderId = (value: string): value is ProviderId =>
  (PROVIDER_IDS as readonly string[]).includes(value);

/**
 * Where a field of the setup body goes: `secret` into the ciphertext, `base_url` into the row's
 * base_url column, `setting` into its settings (non-secret, shown back).
 */
export type CredentialFieldKind = 'secret' | 'base_url' | 'setting';

export interface CredentialField {
  name: string;
  kind: CredentialFieldKind;
  required: boolean;
  description: string;
  /** Settings only: the shape the value must have, described by `description`. */
  pattern?: RegExp;
}

/** How the check call authenticates. */
export type CheckAuth =
  | { scheme: 'bearer'; field: string }
  | { scheme: 'token'; field: string }
  | { scheme: 'header'; header: string; field: string }
  | { scheme: 'sigv4'; service: string };

export interface ProviderCheck {
  /** Appended to the base URL (which may carry a path of its own). */
  path: string;
  auth: CheckAuth;
  /** Constant headers besides the credential. */
  headers?: Record<string, string>;
  /** Query parameters taken from settings: parameter → setting name. */
  query?: Record<string, string>;
}

export interface ProviderSpec {
  id: ProviderId;
  label: string;
  category: 'llm' | 'forge';
  fields: readonly CredentialField[];
  /**
   * The API root calls are made under (OpenAI-compatible ones with their version segment, as their
   * clients take it); `{setting}` placeholders are filled from settings; none when the org gives its own.
   */
  defaultBaseUrl?: string;
  check: ProviderCheck;
  /** The secret whose masked form identifies the credential. */
  fingerprintField: string;
}

const apiKey = (description = 'API key'): CredentialField => ({
  name: 'api_key',
  kind: 'secret',
  required: true,
  description,
});

/**
 * An OpenAI-compatible provider: one API key as a Bearer token, a GET under its API root. The
 * base URL is that root (with its version segment), as OpenAI-compatible clients take it.
 */
const bearerApi = (id: ProviderId, label: string, defaultBaseUrl: string, path: string): ProviderSpec => ({
  id,
  label,
  category: 'llm',
  fields: [apiKey()],
  defaultBaseUrl,
  check: { path, auth: { scheme: 'bearer', field: 'api_key' } },
  fingerprintField: 'api_key',
});

const GITHUB_HEADERS = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };

export const PROVIDERS: Readonly<Record<ProviderId, ProviderSpec>> = {
  openai: bearerApi('openai', 'OpenAI', 'https://api.openai.com/v1', '/models'),
  anthropic: {
    id: 'anthropic',
    label: 'Anthropic',
    category: 'llm',
    fields: [apiKey()],
    defaultBaseUrl: 'https://api.anthropic.com',
    check: {
      path: '/v1/models',
      auth: { scheme: 'header', header: 'x-api-key', field: 'api_key' },
      headers: { 'anthropic-version': '2023-06-01' },
    },
    fingerprintField: 'api_key',
  },
  gemini: {
    id: 'gemini',
    label: 'Google Gemini',
    category: 'llm',
    fields: [apiKey()],
    defaultBaseUrl: 'https://generativelanguage.googleapis.com',
    // Sent as a header rather than ?key=, so the key is never part of a URL.
    check: { path: '/v1beta/models', auth: { scheme: 'header', header: 'x-goog-api-key', field: 'api_key' } },
    fingerprintField: 'api_key',
  },
  azure_openai: {
    id: 'azure_openai',
    label: 'Azure OpenAI',
    category: 'llm',
    fields: [
      apiKey(),
      {
        name: 'endpoint',
        kind: 'base_url',
        required: true,
        description: 'The resource endpoint, https://<resource>.openai.azure.com',
      },
      {
        name: 'api_version',
        kind: 'setting',
        required: true,
        description: 'The data-plane API version, YYYY-MM-DD or YYYY-MM-DD-preview',
        pattern: /^\d{4}-\d{2}-\d{2}(-preview)?$/,
      },
    ],
    check: {
      path: '/openai/models',
      auth: { scheme: 'header', header: 'api-key', field: 'api_key' },
      query: { 'api-version': 'api_version' },
    },
    fingerprintField: 'api_key',
  },
  bedrock: {
    id: 'bedrock',
    label: 'AWS Bedrock',
    category: 'llm',
    fields: [
      { name: 'access_key_id', kind: 'secret', required: true, description: 'IAM access key id' },
      { name: 'secret_access_key', kind: 'secret', required: true, description: 'IAM secret access key' },
      {
        name: 'session_token',
        kind: 'secret',
        required: false,
        description: 'STS session token, for temporary credentials',
      },
      {
        name: 'region',
        kind: 'setting',
        required: true,
        description: 'AWS region, such as us-east-1',
        pattern: /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/,
      },
    ],
    defaultBaseUrl: 'https://bedrock.{region}.amazonaws.com',
    check: { path: '/foundation-models', auth: { scheme: 'sigv4', service: 'bedrock' } },
    fingerprintField: 'access_key_id',
  },
  mistral: bearerApi('mistral', 'Mistral AI', 'https://api.mistral.ai/v1', '/models'),
  cohere: bearerApi('cohere', 'Cohere', 'https://api.cohere.com', '/v1/models'),
  groq: bearerApi('groq', 'Groq', 'https://api.groq.com/openai/v1', '/models'),
  deepseek: bearerApi('deepseek', 'DeepSeek', 'https://api.deepseek.com', '/models'),
  openrouter: bearerApi('openrouter', 'OpenRouter', 'https://openrouter.ai/api/v1', '/key'),
  xai: bearerApi('xai', 'xAI', 'https://api.x.ai/v1', '/models'),
  github: {
    id: 'github',
    label: 'GitHub',
    category: 'forge',
    fields: [
      { name: 'token', kind: 'secret', required: true, description: 'Personal access or app token' },
      {
        name: 'base_url',
        kind: 'base_url',
        required: false,
        description: 'GitHub Enterprise Server API root, https://<host>/api/v3 (default api.github.com)',
      },
    ],
    defaultBaseUrl: 'https://api.github.com',
    check: { path: '/user', auth: { scheme: 'bearer', field: 'token' }, headers: GITHUB_HEADERS },
    fingerprintField: 'token',
  },
  gitea: {
    id: 'gitea',
    label: 'Gitea',
    category: 'forge',
    fields: [
      { name: 'token', kind: 'secret', required: true, description: 'Gitea access token' },
      {
        name: 'base_url',
        kind: 'base_url',
        required: true,
        description: 'The Gitea instance, https://<host>',
      },
    ],
    check: { path: '/api/v1/user', auth: { scheme: 'token', field: 'token' } },
    fingerprintField: 'token',
  },
};

/** Every field name any provider takes: the setup body's possible keys. */
export const CREDENTIAL_FIELD_NAMES = [
  ...new Set(Object.values(PROVIDERS).flatMap((spec) => spec.fields.map((field) => field.name))),
];
