import type { EnvVarSpec } from '@slipway/platform';

/**
 * What the README's configuration table gets wrong about one app's variables: each must have a row
 * naming the app, with its default (or "(required)"/"(unset)") and its secret flag. Empty when right.
 */
export function configTableErrors(readme: string, app: string, specs: EnvVarSpec[]): string[] {
  const rows = readme
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  return specs.flatMap((spec) => {
    const row = rows.find((cells) => cells[0] === `\`${spec.name}\`` && cells[3]?.split(', ').includes(app));
    if (!row) return [`${spec.name}: no row for ${app}`];
    const dflt =
      spec.default === undefined ? (spec.optional ? '(unset)' : '(required)') : `\`${spec.default}\``;
    const secret = spec.sensitive ? 'yes' : 'no';
    return row[1] === dflt && row[2] === secret
      ? []
      : [`${spec.name}: README says ${row[1]} / ${row[2]}, the code ${dflt} / ${secret}`];
  });
}
