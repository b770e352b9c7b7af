import { Inject, Injectable } from '@nestjs/common';
import type { RunPhase } from '@slipway/contracts';
import { createHash, randomUUID } from 'node:crypto';
import { cp, mkdir, readdir, readFile, realpath, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { RunsSharedConfig } from '../config';
import type { ArtifactFile } from '../governance/artifact-syntax';
import { isInternalArtifact } from '../profiles/artifact-name';

/** A path that would leave the run's workspace. */
export class OutsideWorkspaceError extends Error {
  constructor(path: string) {
    super(`${path} is outside the run workspace`);
    this.name = 'OutsideWorkspaceError';
  }
}

export interface WrittenFile {
  /** Relative to the run workspace: `artifacts/planning/PRD.md`. */
  path: string;
  sha256: string;
  size_bytes: number;
}

/**
 * The seed's layout on the shared volume: `{root}/{run_id}/artifacts/{phase}/{name}`. Every path is
 * resolved and checked against the run's directory (symlinks included) before it is read or
 * written, so a name from a model or a request cannot reach another run's files or the system.
 */
@Injectable()
export class RunWorkspace {
  readonly root: string;

  constructor(@Inject(RunsSharedConfig) config: Pick<RunsSharedConfig, 'ARTIFACTS_DIR'>) {
    this.root = resolve(config.ARTIFACTS_DIR);
  }

  runDir(runId: string): string {
    return join(this.root, runId);
  }

  phaseDir(runId: string, phase: RunPhase): string {
    return join(this.runDir(runId), 'artifacts', phase);
  }

  /** The absolute path of a file of the run, refused when it would leave the run's directory. */
  resolve(runId: string, relativePath: string): string {
    const base = this.runDir(runId);
    const target = resolve(base, relativePath);
    if (target !== base && !target.startsWith(base + sep)) throw new OutsideWorkspaceError(relativePath);
    return target;
  }

  /** Like `resolve`, and also after following symlinks of what exists. */
  async resolveExisting(runId: string, relativePath: string): Promise<string> {
    const target = this.resolve(runId, relativePath);
    const [real, base] = await Promise.all([realpath(target), realpath(this.runDir(runId))]);
    if (real !== base && !real.startsWith(base + sep)) throw new OutsideWorkspaceError(relativePath);
    return real;
  }

  /** Writes a phase's file atomically (temporary file, then rename) and tells what was written. */
  async write(runId: string, phase: RunPhase, name: string, content: string | Buffer): Promise<WrittenFile> {
    const relativePath = join('artifacts', phase, name);
    const target = this.resolve(runId, relativePath);
    await mkdir(dirname(target), { recursive: true });
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const temporary = `${target}.${randomUUID()}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, target);
    return {
      path: relativePath.split(sep).join('/'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size_bytes: bytes.length,
    };
  }

  /**
   * The phase's files (names relative to its directory), the worker's own entries — a leading `_`
   * at the top of the directory — left out (`src/__init__.py` is an agent's).
   */
  async phaseFiles(runId: string, phase: RunPhase): Promise<ArtifactFile[]> {
    const dir = this.phaseDir(runId, phase);
    const names = await listFiles(dir);
    return Promise.all(
      names
        .filter((name) => !isInternalArtifact(name))
        .map(async (name) => ({ name, content: await readFile(join(dir, name)) })),
    );
  }

  /** Copies a phase's files from another run (a clone reusing earlier phases). */
  async copyPhase(fromRunId: string, toRunId: string, phase: RunPhase): Promise<void> {
    const from = this.phaseDir(fromRunId, phase);
    if (!(await exists(from))) return;
    const to = this.phaseDir(toRunId, phase);
    await mkdir(dirname(to), { recursive: true });
    await cp(from, to, { recursive: true, force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Every regular file under `dir`, as `/`-separated paths relative to it, sorted. */
async function listFiles(dir: string): Promise<string[]> {
  if (!(await exists(dir))) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.tmp'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
