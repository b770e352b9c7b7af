import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseProfile, ProfileError, type RunProfile } from './profile';

const PROFILE_EXTENSION = '.yaml';

/** Asked for a profile the catalog does not hold. */
export class UnknownProfileError extends Error {
  constructor(
    readonly profile: string,
    readonly known: readonly string[],
  ) {
    super(`unknown run profile "${profile}" (known: ${known.join(', ') || 'none'})`);
    this.name = 'UnknownProfileError';
  }
}

/** The run profiles a service offers, read and validated once at boot. */
export class ProfileCatalog {
  private constructor(private readonly profiles: ReadonlyMap<string, RunProfile>) {}

  /**
   * Reads every `*.yaml` file of `dir` (not its subdirectories). Throws ProfileError for the first invalid
   * file in name order, for a profile whose `name` is not its file name, for a `.yml` file (it would be
   * silently ignored otherwise) and for a directory without profiles.
   */
  static async load(dir: string): Promise<ProfileCatalog> {
    const entries = (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();
    const misnamed = entries.find((name) => name.endsWith('.yml'));
    if (misnamed !== undefined) {
      throw new ProfileError(join(dir, misnamed), [
        { path: '', message: `run profiles must use the ${PROFILE_EXTENSION} extension` },
      ]);
    }
    const files = entries.filter((name) => name.endsWith(PROFILE_EXTENSION));
    if (files.length === 0) {
      throw new ProfileError(dir, [
        { path: '', message: `no *${PROFILE_EXTENSION} run profiles in this directory` },
      ]);
    }
    const profiles: RunProfile[] = [];
    for (const name of files) {
      const file = join(dir, name);
      const profile = parseProfile(await readFile(file, 'utf8'), file);
      const expected = name.slice(0, -PROFILE_EXTENSION.length);
      if (profile.name !== expected) {
        throw new ProfileError(file, [{ path: 'name', message: `must equal the file name "${expected}"` }]);
      }
      profiles.push(profile);
    }
    return ProfileCatalog.of(profiles);
  }

  /** A catalog of profiles already validated (tests, or profiles built in code). Names must be unique. */
  static of(profiles: readonly RunProfile[]): ProfileCatalog {
    const byName = new Map<string, RunProfile>();
    for (const profile of profiles) {
      if (byName.has(profile.name)) throw new Error(`two run profiles are named "${profile.name}"`);
      byName.set(profile.name, profile);
    }
    return new ProfileCatalog(byName);
  }

  has(name: string): boolean {
    return this.profiles.has(name);
  }

  /** Throws UnknownProfileError; use `has` to answer a client's bad input without an exception. */
  get(name: string): RunProfile {
    const profile = this.profiles.get(name);
    if (profile === undefined) throw new UnknownProfileError(name, this.names());
    return profile;
  }

  /** Sorted. */
  names(): string[] {
    return [...this.profiles.keys()].sort();
  }
}
