import { renderConfigTable, type EnvVarSpec } from '@slipway/platform';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { SERVICES } from './services';

/** The README's configuration table: every app `npm start` runs (SERVICES) asked for its variables, merged. */
export function suiteConfigTable(root: string): string {
  const specs = Object.fromEntries(
    SERVICES.map((service) => {
      const output = execFileSync(process.execPath, [join(root, service.main), 'config-specs'], {
        encoding: 'utf8',
      });
      return [service.name, JSON.parse(output) as EnvVarSpec[]];
    }),
  );
  return renderConfigTable(mergeDescriptions(specs));
}

/**
 * The README with `table` in place of the table of its `## Configuration` section (the first run of
 * `|` lines after the heading); throws when there is none.
 */
export function spliceConfigTable(readme: string, table: string): string {
  const lines = readme.split('\n');
  const heading = lines.indexOf('## Configuration');
  const start = lines.findIndex((line, index) => index > heading && line.startsWith('|'));
  if (heading < 0 || start < 0) throw new Error('README.md has no table under ## Configuration');
  const nextHeading = lines.findIndex((line, index) => index > heading && line.startsWith('## '));
  if (nextHeading >= 0 && nextHeading < start)
    throw new Error('README.md has no table under ## Configuration');
  let end = start;
  while (end < lines.length && lines[end].startsWith('|')) end += 1;
  return [...lines.slice(0, start), ...table.split('\n'), ...lines.slice(end)].join('\n');
}

/**
 * One row stands for a variable and default shared by several apps, with one description. Where
 * the apps describe it differently (DATA_API_URL: "where finished jobs are recorded" in ci-jobs,
 * "where runs are recorded" in orchestrator-runs), the row gets each description, named by its apps.
 */
export function mergeDescriptions(specsByApp: Record<string, EnvVarSpec[]>): Record<string, EnvVarSpec[]> {
  const byRow = new Map<string, Map<string, string[]>>();
  const rowOf = (spec: EnvVarSpec) => `${spec.name}\u0000${spec.default ?? ''}`;
  for (const [app, specs] of Object.entries(specsByApp)) {
    for (const spec of specs) {
      const descriptions = byRow.get(rowOf(spec)) ?? new Map<string, string[]>();
      descriptions.set(spec.description, [...(descriptions.get(spec.description) ?? []), app]);
      byRow.set(rowOf(spec), descriptions);
    }
  }
  return Object.fromEntries(
    Object.entries(specsByApp).map(([app, specs]) => [
      app,
      specs.map((spec) => {
        const descriptions = byRow.get(rowOf(spec));
        if (descriptions === undefined || descriptions.size < 2) return spec;
        const merged = [...descriptions].map(([text, apps]) => `${apps.join(', ')}: ${text}`).join(' ');
        return { ...spec, description: merged };
      }),
    ]),
  );
}
