import { renderConfigTable, type EnvVarSpec } from '@slipway/platform';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { SERVICES } from './services';

/** The README's configuration table: every built app asked for its variables, merged. */
export function suiteConfigTable(root: string): string {
  const specs = Object.fromEntries(
    SERVICES.map((service) => {
      const output = execFileSync(process.execPath, [join(root, service.main), 'config-specs'], {
        encoding: 'utf8',
      });
      return [service.name, JSON.parse(output) as EnvVarSpec[]];
    }),
  );
  return renderConfigTable(specs);
}
