import { spliceConfigTable } from './config-table';

describe('spliceConfigTable', () => {
  const readme = [
    '# Title',
    '',
    '| not | this |',
    '',
    '## Configuration',
    '',
    'Intro.',
    '',
    '| variable | default |',
    '| --- | --- |',
    '| `OLD` | `1` |',
    '',
    'After the table.',
    '',
    '## Next',
    '',
    '| other | table |',
  ].join('\n');

  it('replaces the table under ## Configuration, and only it', () => {
    const table = ['| variable | default |', '| --- | --- |', '| `A` | `1` |', '| `B` | (unset) |'].join(
      '\n',
    );
    expect(spliceConfigTable(readme, table)).toBe(
      readme.replace('| `OLD` | `1` |', '| `A` | `1` |\n| `B` | (unset) |'),
    );
  });

  it('refuses a README without a table in that section', () => {
    expect(() =>
      spliceConfigTable('# Title\n\n## Configuration\n\nNone.\n\n## Next\n\n| a |\n', '| x |'),
    ).toThrow(/no table under ## Configuration/);
    expect(() => spliceConfigTable('# Title\n\n| a |\n', '| x |')).toThrow(/no table/);
  });
});
