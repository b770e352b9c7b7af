import 'reflect-metadata';
import { applyDecorators } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, Min, MinLength, validateSync } from 'class-validator';
import type { LogFormat } from './logging';

export interface EnvVarSpec {
  name: string;
  description: string;
  /** The value used when the variable is unset; undefined means the variable is required or optional without one. */
  default?: string;
  sensitive: boolean;
  optional: boolean;
}

const SPECS = Symbol('slipway:env-specs');

type ConfigClass<T> = new () => T;

/** Declares one environment variable of an app's configuration class. */
export function EnvVar(
  spec: Omit<EnvVarSpec, 'name' | 'sensitive' | 'optional'> & { sensitive?: boolean; optional?: boolean },
) {
  return (target: object, property: string | symbol): void => {
    const name = String(property);
    const inherited: EnvVarSpec[] = Reflect.getMetadata(SPECS, target) ?? [];
    const specs = inherited.filter((s) => s.name !== name);
    specs.push({ name, sensitive: false, optional: false, ...spec });
    Reflect.defineMetadata(SPECS, specs, target);
  };
}

export function envSpecs(configClass: ConfigClass<object>): EnvVarSpec[] {
  return Reflect.getMetadata(SPECS, configClass.prototype) ?? [];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Reads an app's configuration class from the environment: defaults applied, values converted
 * and validated; every missing or malformed variable is named in one error.
 */
export function loadConfig<T extends object>(
  configClass: ConfigClass<T>,
  env: NodeJS.ProcessEnv = process.env,
  options: { fileVariable?: string; fileKeys?: readonly string[] } = {},
): T {
  const raw: Record<string, string> = {};
  const missing: string[] = [];
  const own = envSpecs(configClass).map((s) => s.name);
  const file = options.fileVariable
    ? readConfigFile(env[options.fileVariable], new Set(options.fileKeys ?? own))
    : {};
  for (const spec of envSpecs(configClass)) {
    const value = env[spec.name] === '' || env[spec.name] === undefined ? file[spec.name] : env[spec.name];
    if (value !== undefined) raw[spec.name] = value;
    else if (spec.default !== undefined) raw[spec.name] = spec.default;
    else if (!spec.optional) missing.push(`${spec.name} is required: ${spec.description}`);
  }
  const typed = Object.fromEntries(
    Object.entries(raw).map(([name, value]) => [
      name,
      convert(Reflect.getMetadata('design:type', configClass.prototype, name), value),
    ]),
  );
  const config = plainToInstance(configClass, typed);
  const invalid = validateSync(config)
    .filter((e) => raw[e.property] !== undefined)
    .map((e) => {
      const spec = envSpecs(configClass).find((s) => s.name === e.property);
      const shown = spec?.sensitive ? '(hidden)' : JSON.stringify(raw[e.property]);
      return `${e.property}=${shown} is invalid: ${Object.values(e.constraints ?? {}).join('; ')}`;
    });
  if (missing.length + invalid.length > 0) throw new ConfigError([...missing, ...invalid]);
  return config;
}

/** The HTTP port variable, with the app's own default. */
export const PortVar = (defaultPort: number) =>
  applyDecorators(
    EnvVar({ description: 'Port the HTTP server listens on.', default: String(defaultPort) }),
    IsInt(),
    Min(0),
    Max(65535),
  );

/**
 * A YAML file of `VARIABLE: value` pairs, read beneath the environment (a variable set in the
 * environment wins). A key outside `known` (the settings of the apps sharing the file) is an
 * error, so a typo cannot pass silently.
 */
function readConfigFile(path: string | undefined, known: ReadonlySet<string>): Record<string, string> {
  if (path === undefined || path === '') return {};
  let document: unknown;
  try {
    document = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError([
      `${path} cannot be read as YAML: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
  if (document === null || document === undefined) return {};
  if (typeof document !== 'object' || Array.isArray(document))
    throw new ConfigError([`${path} must be a mapping of VARIABLE: value`]);
  const entries = Object.entries(document);
  const unknown = entries
    .filter(([key]) => !known.has(key))
    .map(([key]) => `${path}: ${key} is not a known setting`);
  const nested = entries
    .filter(([, value]) => typeof value === 'object' && value !== null)
    .map(([key]) => `${path}: ${key} must be a single value`);
  if (unknown.length + nested.length) throw new ConfigError([...unknown, ...nested]);
  return Object.fromEntries(
    entries.filter(([, value]) => value !== null).map(([key, value]) => [key, String(value)]),
  );
}

/** Numbers and booleans from their text; anything malformed stays text, so validation names it. */
function convert(type: unknown, value: string): unknown {
  if (type === Number && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === Boolean && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** The shared secret services present to each other as X-Service-Token. */
export const ServiceTokenVar = () =>
  applyDecorators(
    EnvVar({
      description: 'Shared secret other services send as X-Service-Token.',
      default: 'slipway-local-service-token',
      sensitive: true,
    }),
    IsString(),
    MinLength(16),
  );

/** Variables every Slipway HTTP service reads; each app adds PORT (PortVar) and its own. */
export abstract class BaseConfig {
  abstract PORT: number;

  @EnvVar({ description: 'Interface the HTTP server binds.', default: '0.0.0.0' })
  HOST!: string;

  @EnvVar({ description: 'Log level: fatal, error, warn, info, debug, trace or silent.', default: 'info' })
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL!: string;

  @EnvVar({
    description:
      'Log lines as json, pretty (human-readable, coloured) or auto (pretty when stdout is a terminal).',
    default: 'auto',
  })
  @IsIn(['json', 'pretty', 'auto'])
  LOG_FORMAT!: LogFormat;

  @EnvVar({
    description: 'Largest accepted request body, in bytes; larger bodies get 413.',
    default: '1048576',
  })
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES!: number;

  @EnvVar({
    description:
      'On SIGTERM, how long to keep serving while /ready answers 503 (load balancers stop sending), in milliseconds.',
    default: '1000',
  })
  @IsInt()
  @Min(0)
  SHUTDOWN_DRAIN_MS!: number;

  @EnvVar({
    description: 'How long shutdown waits for in-flight requests, in milliseconds.',
    default: '10000',
  })
  @IsInt()
  @Min(0)
  SHUTDOWN_GRACE_MS!: number;
}

/** A markdown table of apps' variables, as the README shows it: one row per variable and default. */
export function configTable(apps: Record<string, ConfigClass<object>>): string {
  return renderConfigTable(
    Object.fromEntries(Object.entries(apps).map(([app, cls]) => [app, envSpecs(cls)])),
  );
}

export function renderConfigTable(specsByApp: Record<string, EnvVarSpec[]>): string {
  const rows = new Map<string, { spec: EnvVarSpec; apps: string[] }>();
  for (const [app, specs] of Object.entries(specsByApp)) {
    for (const spec of specs) {
      const key = `${spec.name}\u0000${spec.default ?? ''}`;
      const row = rows.get(key);
      if (row) row.apps.push(app);
      else rows.set(key, { spec, apps: [app] });
    }
  }
  const lines = [
    '| variable | default | secret | used by | description |',
    '| --- | --- | --- | --- | --- |',
  ];
  const sorted = [...rows.values()].sort(
    (a, b) => a.spec.name.localeCompare(b.spec.name) || a.apps[0].localeCompare(b.apps[0]),
  );
  for (const { spec, apps: usedBy } of sorted) {
    const dflt =
      spec.default === undefined ? (spec.optional ? '(unset)' : '(required)') : `\`${spec.default}\``;
    lines.push(
      `| \`${spec.name}\` | ${dflt} | ${spec.sensitive ? 'yes' : 'no'} | ${usedBy.join(', ')} | ${spec.description} |`,
    );
  }
  return lines.join('\n');
}
