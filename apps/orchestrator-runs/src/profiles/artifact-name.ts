import { posix } from 'node:path';

/** What an agent may declare an artifact to be; governance validates each artifact by its type. */
export const ARTIFACT_TYPES = [
  'markdown',
  'json',
  'yaml',
  'python',
  'typescript',
  'javascript',
  'text',
  'csv',
] as const;
export type ArtifactType = (typeof ARTIFACT_TYPES)[number];

export const isArtifactType = (value: unknown): value is ArtifactType =>
  typeof value === 'string' && (ARTIFACT_TYPES as readonly string[]).includes(value);

const TYPE_BY_EXTENSION: ReadonlyMap<string, ArtifactType> = new Map([
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.json', 'json'],
  ['.yaml', 'yaml'],
  ['.yml', 'yaml'],
  ['.py', 'python'],
  ['.ts', 'typescript'],
  ['.tsx', 'typescript'],
  ['.mts', 'typescript'],
  ['.cts', 'typescript'],
  ['.js', 'javascript'],
  ['.jsx', 'javascript'],
  ['.mjs', 'javascript'],
  ['.cjs', 'javascript'],
  ['.csv', 'csv'],
  ['.txt', 'text'],
]);

/** The type a file name's extension implies; undefined when it implies none (`Dockerfile`, `schema.sql`). */
export function artifactTypeOfName(name: string): ArtifactType | undefined {
  return TYPE_BY_EXTENSION.get(posix.extname(name).toLowerCase());
}

/** Entries of a phase directory whose name starts with this belong to the worker (state, logs), not to agents. */
export const INTERNAL_PREFIX = '_';

export const isInternalArtifact = (name: string): boolean => name.startsWith(INTERNAL_PREFIX);

const MAX_NAME_LENGTH = 200;
const SEGMENT = /^[A-Za-z0-9._-]+$/;

/**
 * Why `name` cannot name an artifact inside a phase directory, or undefined when it can: a relative,
 * "/"-separated path that stays inside the directory (`src/app.py`, `src/__init__.py`), not internal.
 */
export function artifactNameProblem(name: string): string | undefined {
  if (name === '') return 'must not be empty';
  if (name.length > MAX_NAME_LENGTH) return `must be at most ${MAX_NAME_LENGTH} characters`;
  if (name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name)) {
    return 'must be a relative path with "/" separators';
  }
  if (isInternalArtifact(name))
    return `must not start with "${INTERNAL_PREFIX}" (reserved for internal files)`;
  for (const segment of name.split('/')) {
    if (segment === '') return 'must not contain empty path segments';
    if (segment === '.' || segment === '..') return 'must not contain "." or ".." segments';
    if (!SEGMENT.test(segment)) return `segment "${segment}" may only use letters, digits, ".", "_" and "-"`;
  }
  return undefined;
}

/** The seed's artifact types (prd, architecture, code, test, …) from a file's name and format. */
export function artifactKind(output: { readonly name: string; readonly type: string }): string {
  const name = output.name.toLowerCase();
  if (/(^|\/)prd\b/.test(name) || name.includes('requirements.md')) return 'prd';
  if (name.includes('architecture') || name.includes('design')) return 'architecture';
  if (name.includes('test')) return 'test';
  if (name.includes('readme') || name.includes('guide')) return 'documentation';
  if (name.includes('schema') || name.includes('pipeline') || output.type === 'csv') return 'data';
  if (['python', 'typescript', 'javascript'].includes(output.type)) return 'code';
  if (name.endsWith('requirements.txt') || name.endsWith('package.json')) return 'dependencies';
  return output.type;
}
