import 'reflect-metadata';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { BaseConfig, ConfigError, EnvVar, PortVar, configTable, envSpecs, loadConfig } from './config';

class SampleConfig {
  @EnvVar({ description: 'Port to listen on.', default: '8080' })
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT!: number;

  @EnvVar({ description: 'Greeting shown on the home page.', default: 'hello' })
  @IsString()
  GREETING!: string;

  @EnvVar({ description: 'Turns the feature on.', default: 'true' })
  @IsBoolean()
  FEATURE_ENABLED!: boolean;

  @EnvVar({ description: 'Database connection URL.', sensitive: true })
  @Matches(/^postgres:\/\//, { message: 'DB_URL must be a postgres:// URL' })
  DB_URL!: string;

  @EnvVar({ description: 'Name of this deployment.' })
  @IsString()
  @MinLength(3)
  DEPLOYMENT!: string;

  @EnvVar({ description: 'Secret used to sign things.', sensitive: true, default: 'local-signing-secret' })
  @IsString()
  @MinLength(16)
  SIGNING_SECRET!: string;

  @EnvVar({ description: 'Free-form note.', optional: true })
  @IsOptional()
  @IsString()
  NOTE?: string;
}

const REQUIRED = { DB_URL: 'postgres://db.internal/app', DEPLOYMENT: 'staging' };

/** Runs loadConfig expecting a ConfigError, and returns it. */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(SampleConfig, env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig', () => {
  it('applies defaults for unset variables and keeps given values', () => {
    const config = loadConfig(SampleConfig, REQUIRED);
    expect(config).toBeInstanceOf(SampleConfig);
    expect(config.PORT).toBe(8080);
    expect(config.GREETING).toBe('hello');
    expect(config.SIGNING_SECRET).toBe('local-signing-secret');
    expect(config.DB_URL).toBe('postgres://db.internal/app');
    expect(config.DEPLOYMENT).toBe('staging');
  });

  it('treats an empty variable as unset, so the default applies', () => {
    const config = loadConfig(SampleConfig, { ...REQUIRED, PORT: '', GREETING: '' });
    expect(config.PORT).toBe(8080);
    expect(config.GREETING).toBe('hello');
  });

  it('leaves an optional variable without default undefined and does not complain', () => {
    expect(loadConfig(SampleConfig, REQUIRED).NOTE).toBeUndefined();
    expect(loadConfig(SampleConfig, { ...REQUIRED, NOTE: 'hi' }).NOTE).toBe('hi');
  });

  it('reads only the variables it declares', () => {
    const config = loadConfig(SampleConfig, { ...REQUIRED, UNRELATED: 'x' });
    expect(Object.keys(config)).not.toContain('UNRELATED');
  });

  it('converts numbers', () => {
    const config = loadConfig(SampleConfig, { ...REQUIRED, PORT: '9090' });
    expect(config.PORT).toBe(9090);
    expect(typeof config.PORT).toBe('number');
  });

  it('rejects numbers that are not whole or out of range', () => {
    expect(configError({ ...REQUIRED, PORT: 'abc' }).problems).toEqual([
      expect.stringMatching(/^PORT="abc" is invalid: /),
    ]);
    expect(configError({ ...REQUIRED, PORT: '80.5' }).problems).toEqual([
      expect.stringMatching(/^PORT="80\.5" is invalid: /),
    ]);
    expect(configError({ ...REQUIRED, PORT: '70000' }).problems).toEqual([
      expect.stringMatching(/^PORT="70000" is invalid: /),
    ]);
  });

  it('converts "true" to true', () => {
    const config = loadConfig(SampleConfig, { ...REQUIRED, FEATURE_ENABLED: 'true' });
    expect(config.FEATURE_ENABLED).toBe(true);
  });

  it('converts "false" to false', () => {
    const config = loadConfig(SampleConfig, { ...REQUIRED, FEATURE_ENABLED: 'false' });
    expect(config.FEATURE_ENABLED).toBe(false);
  });

  it('rejects a boolean variable that is neither true nor false', () => {
    const error = configError({ ...REQUIRED, FEATURE_ENABLED: 'maybe' });
    expect(error.message).toContain('FEATURE_ENABLED');
  });

  it('names every missing required variable in one ConfigError', () => {
    const error = configError({});
    expect(error).toBeInstanceOf(Error);
    expect(error.problems.some((p) => p.startsWith('DB_URL is required: Database connection URL.'))).toBe(
      true,
    );
    expect(error.problems.some((p) => p.startsWith('DEPLOYMENT is required: Name of this deployment.'))).toBe(
      true,
    );
    expect(error.message).toMatch(/^Invalid configuration:/);
    expect(error.message).toContain('DB_URL is required');
    expect(error.message).toContain('DEPLOYMENT is required');
    // Variables with a default are never reported missing.
    expect(error.message).not.toMatch(/PORT|GREETING|SIGNING_SECRET|NOTE/);
  });

  it('reports a missing variable once, as missing, not also as an invalid "undefined"', () => {
    const error = configError({ DB_URL: 'postgres://ok/db' });
    expect(error.problems.filter((p) => p.startsWith('DEPLOYMENT'))).toEqual([
      'DEPLOYMENT is required: Name of this deployment.',
    ]);
    expect(error.message).not.toContain('undefined');
  });

  it('names every invalid variable, alongside missing ones, in one ConfigError', () => {
    const error = configError({
      DB_URL: 'postgres://ok/db',
      PORT: 'abc',
      SIGNING_SECRET: 'short',
      GREETING: 'fine',
    });
    const named = (variable: string) => error.problems.filter((p) => p.startsWith(variable)).length;
    expect(named('PORT')).toBe(1);
    expect(named('SIGNING_SECRET')).toBe(1);
    expect(named('DEPLOYMENT')).toBeGreaterThanOrEqual(1);
    expect(named('DB_URL')).toBe(0);
    expect(named('GREETING')).toBe(0);
    expect(error.message).toContain('PORT="abc" is invalid');
    expect(error.message).toContain('SIGNING_SECRET');
    expect(error.message).toContain('DEPLOYMENT is required');
  });

  it('says why a value is invalid, using the validator message', () => {
    const error = configError({ ...REQUIRED, DB_URL: 'mysql://x' });
    expect(error.problems).toEqual(['DB_URL=(hidden) is invalid: DB_URL must be a postgres:// URL']);
  });

  it('hides the value of a sensitive variable but shows a plain one', () => {
    const secret = 'mysql://admin:hunter2-very-secret@db/app';
    const error = configError({
      ...REQUIRED,
      DB_URL: secret,
      SIGNING_SECRET: 'tiny-s3cret',
      PORT: 'not-a-port',
    });
    expect(error.message).not.toContain('hunter2');
    expect(error.message).not.toContain(secret);
    expect(error.message).not.toContain('tiny-s3cret');
    expect(error.message).toContain('DB_URL=(hidden)');
    expect(error.message).toContain('SIGNING_SECRET=(hidden)');
    expect(error.message).toContain('PORT="not-a-port"');
  });

  it('reads process.env when no environment is passed', () => {
    const saved = { ...process.env };
    try {
      process.env.DB_URL = 'postgres://from-process/env';
      process.env.DEPLOYMENT = 'from-process';
      process.env.PORT = '4321';
      const config = loadConfig(SampleConfig);
      expect(config.DB_URL).toBe('postgres://from-process/env');
      expect(config.PORT).toBe(4321);
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});

class ServiceConfig extends BaseConfig {
  @PortVar(3999)
  PORT!: number;

  @EnvVar({ description: 'Where the queue lives.', default: 'redis://127.0.0.1:6379' })
  @IsString()
  QUEUE_URL!: string;
}

class WorkerConfig extends BaseConfig {
  @PortVar(4000)
  PORT!: number;

  @EnvVar({ description: 'Worker API token.', sensitive: true })
  @IsString()
  WORKER_TOKEN!: string;

  @EnvVar({ description: 'Which mode.', optional: true })
  @IsOptional()
  @IsIn(['a', 'b'])
  MODE?: string;
}

describe('BaseConfig and PortVar', () => {
  it('inherits the common variables with their defaults', () => {
    const config = loadConfig(ServiceConfig, {});
    expect(config.PORT).toBe(3999);
    expect(config.HOST).toBe('0.0.0.0');
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.BODY_LIMIT_BYTES).toBe(1048576);
    expect(config.SHUTDOWN_GRACE_MS).toBe(10000);
    expect(config.QUEUE_URL).toBe('redis://127.0.0.1:6379');
  });

  it('declares each app its own PORT default without touching the other app', () => {
    expect(loadConfig(WorkerConfig, { WORKER_TOKEN: 't' }).PORT).toBe(4000);
    expect(loadConfig(ServiceConfig, {}).PORT).toBe(3999);
    expect(envSpecs(ServiceConfig).filter((s) => s.name === 'PORT')).toHaveLength(1);
    expect(envSpecs(ServiceConfig).map((s) => s.name)).not.toContain('WORKER_TOKEN');
  });

  it('validates inherited variables', () => {
    expect(() =>
      loadConfig(ServiceConfig, { LOG_LEVEL: 'chatty', BODY_LIMIT_BYTES: '12', PORT: '-1' }),
    ).toThrow(ConfigError);
    try {
      loadConfig(ServiceConfig, { LOG_LEVEL: 'chatty', BODY_LIMIT_BYTES: '12', PORT: '-1' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = error instanceof Error ? error.message : '';
      expect(message).toContain('LOG_LEVEL="chatty" is invalid');
      expect(message).toContain('BODY_LIMIT_BYTES="12" is invalid');
      expect(message).toContain('PORT="-1" is invalid');
    }
  });
});

describe('configTable', () => {
  const table = configTable({ service: ServiceConfig, worker: WorkerConfig });
  const lines = table.split('\n');
  const rowOf = (variable: string): string[] => {
    const matching = lines.filter((line) => line.startsWith(`| \`${variable}\` |`));
    expect(matching).toHaveLength(1);
    return matching[0].split(' | ').map((cell) => cell.replace(/^\| ?| ?\|$/g, '').trim());
  };

  it('starts with the header and separator rows', () => {
    expect(lines[0]).toBe('| variable | default | secret | used by | description |');
    expect(lines[1]).toBe('| --- | --- | --- | --- | --- |');
  });

  it('has one row per variable and default across apps, sorted by name', () => {
    const names = lines.slice(2).map((line) => /^\| `([A-Z_]+)` \|/.exec(line)?.[1]);
    expect(names).toEqual([
      'BODY_LIMIT_BYTES',
      'HOST',
      'LOG_FORMAT',
      'LOG_LEVEL',
      'MODE',
      'PORT',
      'PORT',
      'QUEUE_URL',
      'SHUTDOWN_DRAIN_MS',
      'SHUTDOWN_GRACE_MS',
      'WORKER_TOKEN',
    ]);
  });

  it('gives a variable whose default differs by app a row per app', () => {
    const ports = lines.filter((line) => line.startsWith('| `PORT` |'));
    expect(ports.map((line) => line.split(' | ').slice(1, 4))).toEqual([
      ['`3999`', 'no', 'service'],
      ['`4000`', 'no', 'worker'],
    ]);
  });

  it('shows the default, or whether the variable is required or optional', () => {
    expect(rowOf('QUEUE_URL')[1]).toBe('`redis://127.0.0.1:6379`');
    expect(rowOf('WORKER_TOKEN')[1]).toBe('(required)');
    expect(rowOf('MODE')[1]).toBe('(unset)');
    expect(rowOf('LOG_LEVEL')[1]).toBe('`info`');
  });

  it('marks secrets', () => {
    expect(rowOf('WORKER_TOKEN')[2]).toBe('yes');
    expect(rowOf('QUEUE_URL')[2]).toBe('no');
  });

  it('lists the apps that use each variable and its description', () => {
    expect(rowOf('HOST')[3]).toBe('service, worker');
    expect(rowOf('QUEUE_URL')[3]).toBe('service');
    expect(rowOf('WORKER_TOKEN')[3]).toBe('worker');
    expect(rowOf('QUEUE_URL')[4]).toBe('Where the queue lives.');
  });

  it('renders one table row per variable of a single app', () => {
    const single = configTable({ sample: SampleConfig }).split('\n');
    expect(single).toHaveLength(2 + envSpecs(SampleConfig).length);
    expect(single.find((line) => line.startsWith('| `DB_URL` |'))).toBe(
      '| `DB_URL` | (required) | yes | sample | Database connection URL. |',
    );
    expect(single.find((line) => line.startsWith('| `PORT` |'))).toBe(
      '| `PORT` | `8080` | no | sample | Port to listen on. |',
    );
  });
});
