import { RUN_PHASE_ORDER } from '@slipway/contracts';
import { stringify } from 'yaml';
import { parseProfile, ProfileError, type ProfileProblem } from './profile';

/** The YAML document before validation, loosely typed so tests can break it. */
interface RawOutput {
  name: unknown;
  type: unknown;
  description: unknown;
  [extra: string]: unknown;
}
interface RawAgent {
  id: unknown;
  role: unknown;
  instructions: unknown;
  outputs: RawOutput[];
  [extra: string]: unknown;
}
interface RawPhase {
  agents: RawAgent[];
  required_artifacts: unknown[];
  approval_gate: unknown;
  [extra: string]: unknown;
}
interface RawProfile {
  name: unknown;
  description: unknown;
  phases: Record<string, RawPhase>;
  [extra: string]: unknown;
}

const FILE = 'profiles/demo.yaml';

function validDocument(): RawProfile {
  const phase = (name: string): RawPhase => ({
    agents: [
      {
        id: `${name}_writer`,
        role: `Writer of the ${name} report`,
        instructions: `Write ${name}.md.`,
        outputs: [{ name: `${name}.md`, type: 'markdown', description: `The ${name} report` }],
      },
    ],
    required_artifacts: [`${name}.md`],
    approval_gate: false,
  });
  return {
    name: 'demo',
    description: 'A profile for tests',
    phases: Object.fromEntries(RUN_PHASE_ORDER.map((name) => [name, phase(name)])),
  };
}

function rejection(text: string): ProfileError {
  try {
    parseProfile(text, FILE);
  } catch (error) {
    if (error instanceof ProfileError) return error;
    throw error;
  }
  throw new Error('the profile was accepted');
}

/** The problems of the valid document after `breakIt`. */
function problemsAfter(breakIt: (document: RawProfile) => void): readonly ProfileProblem[] {
  const document = validDocument();
  breakIt(document);
  return rejection(stringify(document)).problems;
}

const planning = (document: RawProfile): RawPhase => document.phases.planning;
const planner = (document: RawProfile): RawAgent => document.phases.planning.agents[0];

function expectOneProblem(breakIt: (document: RawProfile) => void, path: string, message: string): void {
  expect(problemsAfter(breakIt)).toEqual([
    expect.objectContaining({ path, message: expect.stringContaining(message) }),
  ]);
}

/** A profile as a person writes it, eight lines per phase from line 4; each part can be replaced per phase. */
function handWritten(parts: {
  id?: (phase: string) => string;
  output?: (phase: string) => string;
  gate?: (phase: string) => string;
}): string {
  const {
    id = () => 'writer',
    output = (phase) => `{ name: ${phase}.md, type: markdown, description: Report }`,
    gate = () => 'false',
  } = parts;
  return [
    'name: demo',
    'description: Written by hand',
    'phases:',
    ...RUN_PHASE_ORDER.flatMap((phase) => [
      `  ${phase}:`,
      '    agents:',
      `      - id: ${id(phase)}`,
      '        role: Writer',
      '        instructions: Write.',
      '        outputs:',
      `          - ${output(phase)}`,
      `    approval_gate: ${gate(phase)}`,
    ]),
  ].join('\n');
}

describe('parseProfile', () => {
  it('reads a valid profile into its typed form, with defaults for the optional keys', () => {
    const document = validDocument();
    Reflect.deleteProperty(document.phases.qa, 'approval_gate');
    Reflect.deleteProperty(document.phases.qa, 'required_artifacts');
    document.phases.architecture.approval_gate = true;
    document.phases.planning.agents[0].model = 'large-model';

    const profile = parseProfile(stringify(document), FILE);

    expect(profile.name).toBe('demo');
    expect(Object.keys(profile.phases)).toEqual([...RUN_PHASE_ORDER]);
    expect(profile.phases.planning).toEqual({
      agents: [
        {
          id: 'planning_writer',
          role: 'Writer of the planning report',
          instructions: 'Write planning.md.',
          model: 'large-model',
          outputs: [{ name: 'planning.md', type: 'markdown', description: 'The planning report' }],
        },
      ],
      required_artifacts: ['planning.md'],
      approval_gate: false,
    });
    expect(profile.phases.data.agents[0]).not.toHaveProperty('model');
    expect(profile.phases.architecture.approval_gate).toBe(true);
    expect(profile.phases.qa).toMatchObject({ required_artifacts: [], approval_gate: false });
  });

  it('rejects text that is not YAML, naming the file and the line', () => {
    const error = rejection('name: demo\nphases: [planning\ndescription: x\n');
    expect(error.problems).toEqual([
      expect.objectContaining({
        path: '',
        line: expect.any(Number),
        message: expect.stringContaining('not valid YAML'),
      }),
    ]);
    expect(error.message).toContain(FILE);
  });

  it('rejects duplicate keys as invalid YAML', () => {
    expect(rejection('name: demo\nname: other\n').problems[0].message).toMatch(
      /not valid YAML: Map keys must be unique/,
    );
  });

  it('rejects an empty document', () => {
    expect(rejection('').problems).toEqual([{ path: '', line: undefined, message: 'is empty' }]);
  });

  it('rejects a document that is not a mapping', () => {
    expect(rejection('- a\n- b\n').problems).toEqual([
      expect.objectContaining({ path: '', message: 'must be a mapping' }),
    ]);
  });

  it('rejects unknown keys at every level', () => {
    const problems = problemsAfter((document) => {
      document.owner = 'someone';
      document.phases.deployment = planning(document);
      planning(document).timeout = 30;
      planner(document).temperature = 0.2;
      planner(document).outputs[0].format = 'gfm';
    });
    expect(problems.map(({ path, message }) => [path, message])).toEqual([
      ['owner', 'unknown key (allowed: name, description, phases)'],
      [
        'phases.deployment',
        'unknown key (allowed: planning, architecture, data, development, qa, documentation)',
      ],
      ['phases.planning.timeout', 'unknown key (allowed: agents, required_artifacts, approval_gate)'],
      [
        'phases.planning.agents[0].temperature',
        'unknown key (allowed: id, role, instructions, outputs, model)',
      ],
      ['phases.planning.agents[0].outputs[0].format', 'unknown key (allowed: name, type, description)'],
    ]);
  });

  it('quotes keys that are not plain words in problem paths', () => {
    // The classic flow-mapping slip: an unquoted comma ends the value and starts a key.
    const text = handWritten({
      output: (phase) => `{ name: ${phase}.md, type: markdown, description: Report, with a comma }`,
    });
    expect(rejection(text).problems).toContainEqual(
      expect.objectContaining({
        path: 'phases.planning.agents[0].outputs[0]["with a comma"]',
        message: expect.stringContaining('unknown key'),
      }),
    );
  });

  it('requires every phase of the run', () => {
    expectOneProblem((document) => Reflect.deleteProperty(document.phases, 'qa'), 'phases.qa', 'is required');
  });

  it('requires the top-level keys', () => {
    const problems = problemsAfter((document) => {
      Reflect.deleteProperty(document, 'description');
      Reflect.deleteProperty(document, 'phases');
    });
    expect(problems.map(({ path, message }) => [path, message])).toEqual([
      ['description', 'is required'],
      ['phases', 'is required'],
    ]);
  });

  it('requires at least one agent per phase', () => {
    expectOneProblem(
      (document) => {
        planning(document).agents = [];
        planning(document).required_artifacts = [];
      },
      'phases.planning.agents',
      'must not be empty',
    );
    expectOneProblem(
      (document) => {
        Reflect.deleteProperty(planning(document), 'agents');
        planning(document).required_artifacts = [];
      },
      'phases.planning.agents',
      'is required',
    );
  });

  it('rejects a profile name or agent id outside [a-z][a-z0-9_-]*', () => {
    expectOneProblem((document) => (document.name = 'Demo Profile'), 'name', 'must match ^[a-z][a-z0-9_-]*$');
    expectOneProblem(
      (document) => (planner(document).id = '1st'),
      'phases.planning.agents[0].id',
      'must match',
    );
    expectOneProblem(
      (document) => (planner(document).id = 42),
      'phases.planning.agents[0].id',
      'non-empty string',
    );
  });

  it('rejects two agents with the same id in a phase', () => {
    expectOneProblem(
      (document) =>
        planning(document).agents.push({
          ...planner(document),
          outputs: [{ name: 'notes.md', type: 'markdown', description: 'Notes' }],
        }),
      'phases.planning.agents[1].id',
      'duplicate agent id "planning_writer"',
    );
  });

  it('requires a one-line role and non-blank instructions', () => {
    expectOneProblem(
      (document) => (planner(document).role = 'Planner\nand more'),
      'phases.planning.agents[0].role',
      'single line',
    );
    expectOneProblem(
      (document) => (planner(document).instructions = '  \n'),
      'phases.planning.agents[0].instructions',
      'non-empty string',
    );
  });

  it('rejects a model key without a model name', () => {
    expectOneProblem(
      (document) => (planner(document).model = null),
      'phases.planning.agents[0].model',
      'non-empty string',
    );
  });

  it('requires every agent to declare at least one output', () => {
    const problems = problemsAfter((document) => (planner(document).outputs = []));
    expect(problems.map(({ path, message }) => [path, message])).toEqual([
      ['phases.planning.agents[0].outputs', 'must not be empty'],
      ['phases.planning.required_artifacts[0]', '"planning.md" is not an output of any agent of this phase'],
    ]);
  });

  it.each([
    ['../escape.md', 'must not contain "." or ".." segments'],
    ['src/./app.md', 'must not contain "." or ".." segments'],
    ['/etc/passwd.md', 'must be a relative path'],
    ['C:/reports/x.md', 'must be a relative path'],
    ['docs\\x.md', 'must be a relative path'],
    ['_state.md', 'must not start with "_"'],
    ['src//app.md', 'must not contain empty path segments'],
    ['src/', 'must not contain empty path segments'],
    ['my report.md', 'may only use letters, digits'],
  ])('rejects the unsafe output name %j', (name, message) => {
    const problems = problemsAfter((document) => {
      planner(document).outputs[0].name = name;
      planning(document).required_artifacts = [];
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'phases.planning.agents[0].outputs[0].name',
        message: expect.stringContaining(message),
      }),
    ]);
  });

  it('accepts output names in subdirectories, including Python package files', () => {
    const document = validDocument();
    planner(document).outputs = [
      { name: 'src/app.py', type: 'python', description: 'App' },
      { name: 'src/__init__.py', type: 'python', description: 'Package' },
      { name: 'schema.sql', type: 'text', description: 'Any type for an unknown extension' },
    ];
    planning(document).required_artifacts = ['src/app.py'];
    expect(parseProfile(stringify(document), FILE).phases.planning.agents[0].outputs).toHaveLength(3);
  });

  it('rejects an unknown artifact type and a type that contradicts the extension', () => {
    expectOneProblem(
      (document) => (planner(document).outputs[0].type = 'docx'),
      'phases.planning.agents[0].outputs[0].type',
      'must be one of markdown, json, yaml, python, typescript, javascript, text, csv',
    );
    expectOneProblem(
      (document) => (planner(document).outputs[0].type = 'python'),
      'phases.planning.agents[0].outputs[0].type',
      '"planning.md" is markdown by its extension, not python',
    );
  });

  it('reports a missing output field once', () => {
    expectOneProblem(
      (document) => Reflect.deleteProperty(planner(document).outputs[0], 'type'),
      'phases.planning.agents[0].outputs[0].type',
      'is required',
    );
  });

  it('rejects two outputs with the same name in a phase', () => {
    expectOneProblem(
      (document) =>
        planning(document).agents.push({
          id: 'reviewer',
          role: 'Reviewer',
          instructions: 'Review.',
          outputs: [{ name: 'planning.md', type: 'markdown', description: 'Overwrites the report' }],
        }),
      'phases.planning.agents[1].outputs[0].name',
      '"planning.md" is already an output of this phase',
    );
  });

  it('requires required artifacts to be outputs of the same phase, listed once', () => {
    expectOneProblem(
      (document) => planning(document).required_artifacts.push('architecture.md'),
      'phases.planning.required_artifacts[1]',
      '"architecture.md" is not an output of any agent of this phase',
    );
    expectOneProblem(
      (document) => planning(document).required_artifacts.push('planning.md'),
      'phases.planning.required_artifacts[1]',
      '"planning.md" is listed twice',
    );
    expectOneProblem(
      (document) => (planning(document).required_artifacts = [{ name: 'planning.md' }]),
      'phases.planning.required_artifacts[0]',
      'must be an artifact name',
    );
    expectOneProblem(
      (document) => Reflect.set(planning(document), 'required_artifacts', 'planning.md'),
      'phases.planning.required_artifacts',
      'must be a list',
    );
  });

  it('requires approval_gate to be a boolean', () => {
    expectOneProblem(
      (document) => (planning(document).approval_gate = 'yes'),
      'phases.planning.approval_gate',
      'must be true or false',
    );
  });

  it('reports every problem at once, each with its line', () => {
    const text = handWritten({
      id: (phase) => (phase === 'data' ? 'Data' : 'writer'),
      gate: (phase) => (phase === 'qa' ? 'maybe' : 'false'),
    });
    const error = rejection(text);
    expect(error.problems).toEqual([
      { path: 'phases.data.agents[0].id', line: 22, message: expect.stringContaining('must match') },
      { path: 'phases.qa.approval_gate', line: 43, message: 'must be true or false' },
    ]);
    expect(error.message).toContain(`${FILE}:22 phases.data.agents[0].id: must match`);
    expect(error.message).toContain(`${FILE}:43 phases.qa.approval_gate: must be true or false`);
  });
});
