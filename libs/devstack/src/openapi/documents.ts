import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { OpenApiDocument } from 'openapi-merge';
import { type DocumentPart, gatewayDocument } from './gateway-document';

const run = promisify(execFile);

/** A built app whose `openapi` command prints its document. */
export interface DocumentSource {
  service: string;
  /** The built entry point (relative to the workspace root) and the arguments that print the document. */
  command: [string, ...string[]];
  /** Where the printed document is committed, if it is (relative to the workspace root). */
  committed?: string;
}

/** The gateway's own routes (without `--own`, its `openapi` prints the merged document it serves). */
export const GATEWAY_SOURCE: DocumentSource = {
  service: 'gateway',
  command: ['dist/apps/gateway/main.js', 'openapi', '--own'],
};

/** The services behind the gateway, in the order their documents are merged into the gateway's. */
export const UPSTREAM_SOURCES: DocumentSource[] = [
  {
    service: 'data-api',
    command: ['dist/apps/data-api/main.js', 'openapi'],
    committed: 'apps/data-api/openapi.json',
  },
  { service: 'orchestrator-runs', command: ['dist/apps/orchestrator-runs/main.js', 'openapi'] },
  { service: 'ci-jobs', command: ['dist/apps/ci-jobs/main.js', 'openapi'] },
  { service: 'cost-api', command: ['dist/apps/cost-api/main.js', 'openapi'] },
];

/** Where the gateway's merged document is committed; the gateway bundles and serves it. */
export const GATEWAY_DOCUMENT = 'apps/gateway/openapi.json';

export const serializedDocument = (document: object): string => `${JSON.stringify(document, null, 2)}\n`;

const isDocument = (value: unknown): value is OpenApiDocument =>
  typeof value === 'object' &&
  value !== null &&
  'openapi' in value &&
  typeof value.openapi === 'string' &&
  'paths' in value &&
  typeof value.paths === 'object';

/** Runs a built app's `openapi` command; `env` gives what it boots against (data-api's DATABASE_URL, REDIS_URL). */
async function printedDocument(
  root: string,
  source: DocumentSource,
  env: NodeJS.ProcessEnv,
): Promise<{ text: string; part: DocumentPart }> {
  const [main, ...args] = source.command;
  const { stdout } = await run(process.execPath, [join(root, main), ...args], {
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: unknown) => {
    const failure = error instanceof Error && 'stderr' in error ? String(error.stderr).trim() : '';
    throw new Error(
      `${source.service}: \`node ${source.command.join(' ')}\` printed no OpenAPI document (${failure || String(error)})`,
    );
  });
  const document: unknown = JSON.parse(stdout);
  if (!isDocument(document))
    throw new Error(`${source.service} printed something that is not an OpenAPI document`);
  return { text: stdout, part: { service: source.service, document } };
}

/**
 * The committed OpenAPI files as the built apps make them now, by path relative to the workspace
 * root: the documents services commit, and the gateway's merge of its own and every upstream's.
 */
export async function openApiFiles(root: string, env: NodeJS.ProcessEnv): Promise<Map<string, string>> {
  const [gateway, ...upstreams] = await Promise.all(
    [GATEWAY_SOURCE, ...UPSTREAM_SOURCES].map((source) => printedDocument(root, source, env)),
  );
  const files = new Map<string, string>();
  UPSTREAM_SOURCES.forEach((source, index) => {
    if (source.committed) files.set(source.committed, upstreams[index].text);
  });
  files.set(
    GATEWAY_DOCUMENT,
    serializedDocument(
      gatewayDocument(
        gateway.part,
        upstreams.map((upstream) => upstream.part),
      ),
    ),
  );
  return files;
}
