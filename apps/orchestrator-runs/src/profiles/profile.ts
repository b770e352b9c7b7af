/**
 * Run profiles: which agents run in each phase of a delivery run, what each must write, and what governance
 * requires before the run moves on. A profile is one YAML file, validated strictly (unknown keys are errors)
 * so a typo fails at boot instead of silently changing a run.
 */
import { RUN_PHASE_ORDER, RunPhase } from '@slipway/contracts';
import { isNode, LineCounter, parseDocument } from 'yaml';
import {
  ARTIFACT_TYPES,
  artifactNameProblem,
  artifactTypeOfName,
  isArtifactType,
  type ArtifactType,
} from './artifact-name';

/** One file an agent writes into its phase's directory. */
export interface ArtifactSpec {
  /** Relative to the phase directory, "/"-separated, may name subdirectories (`src/app.py`). */
  readonly name: string;
  /** Must agree with the name's extension when the extension implies a type (`.md` is markdown). */
  readonly type: ArtifactType;
  /** What the file holds; shown to the agent. */
  readonly description: string;
}

export interface AgentSpec {
  /** `[a-z][a-z0-9_-]*`, unique within its phase. */
  readonly id: string;
  /** One line, used in the system prompt. */
  readonly role: string;
  /** What the agent must produce. */
  readonly instructions: string;
  /** Absent: the worker's default model. */
  readonly model?: string;
  /** At least one; names are unique across the agents of a phase. */
  readonly outputs: readonly ArtifactSpec[];
}

export interface PhaseSpec {
  /** Run in this order; at least one. */
  readonly agents: readonly AgentSpec[];
  /** Governance: each must exist, be non-empty and valid for its type. Each is an output of one of `agents`. */
  readonly required_artifacts: readonly string[];
  /** In auto mode the run stops for approval before the next phase. Defaults to false. */
  readonly approval_gate: boolean;
}

export interface RunProfile {
  /** `[a-z][a-z0-9_-]*`; the catalog requires it to equal the file name without `.yaml`. */
  readonly name: string;
  readonly description: string;
  /** Every phase of RUN_PHASE_ORDER, no other. */
  readonly phases: Readonly<Record<RunPhase, PhaseSpec>>;
}

export interface ProfileProblem {
  /** Where in the document: `phases.planning.agents[0].id`; empty for the document itself. */
  readonly path: string;
  /** 1-based line of the offending node, or of its nearest enclosing node when it is missing. */
  readonly line?: number;
  readonly message: string;
}

/** A profile file that cannot be used, with every problem found in it. */
export class ProfileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly ProfileProblem[],
  ) {
    super(
      `${file} is not a valid run profile:\n${problems.map((p) => `  - ${describe(file, p)}`).join('\n')}`,
    );
    this.name = 'ProfileError';
  }
}

const describe = (file: string, { path, line, message }: ProfileProblem): string =>
  `${file}${line === undefined ? '' : `:${line}`} ${path === '' ? '(document)' : path}: ${message}`;

/** Parses and validates one profile; `file` names it in errors. Throws ProfileError. */
export function parseProfile(text: string, file: string): RunProfile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  if (document.errors.length > 0) {
    throw new ProfileError(
      file,
      document.errors.map((error) => ({
        path: '',
        line: error.linePos?.[0].line,
        message: `not valid YAML: ${error.message.split('\n')[0].replace(/:$/, '')}`,
      })),
    );
  }
  const validator = new ProfileValidator();
  const profile = validator.profile(document.toJS());
  if (validator.problems.length > 0) {
    throw new ProfileError(
      file,
      validator.problems.map(({ path, message }) => ({
        path: formatPath(path),
        line: lineOf(path, (at) => document.getIn(at, true), lineCounter),
        message,
      })),
    );
  }
  return profile;
}

type Path = readonly (string | number)[];

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `phases.planning.agents[0].id`; keys that are not plain words are quoted: `outputs[0]["a b"]`. */
const formatPath = (path: Path): string =>
  path
    .map((key) => (typeof key === 'string' && PLAIN_KEY.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`))
    .join('')
    .replace(/^\./, '');

/** The line of the node at `path`, or of the closest ancestor that exists. */
function lineOf(path: Path, nodeAt: (path: Path) => unknown, lineCounter: LineCounter): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = nodeAt(path.slice(0, depth));
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const IDENTIFIER = /^[a-z][a-z0-9_-]*$/;
const MAX_IDENTIFIER_LENGTH = 64;

/**
 * Walks a parsed document, recording every problem with its path. Each method returns a typed value even
 * when the input is wrong (a placeholder), so one pass finds all problems; the result is only used when none.
 */
class ProfileValidator {
  readonly problems: { path: Path; message: string }[] = [];

  private report(path: Path, message: string): void {
    this.problems.push({ path, message });
  }

  profile(document: unknown): RunProfile {
    if (document === undefined || document === null) this.report([], 'is empty');
    const fields = this.mapping(document, [], ['name', 'description', 'phases'], []);
    const phases = this.mapping(fields.phases, ['phases'], RUN_PHASE_ORDER, []);
    const phase = (name: RunPhase) => this.phase(phases[name], ['phases', name]);
    return {
      name: this.identifier(fields.name, ['name']),
      description: this.text(fields.description, ['description']),
      phases: {
        planning: phase(RunPhase.planning),
        architecture: phase(RunPhase.architecture),
        data: phase(RunPhase.data),
        development: phase(RunPhase.development),
        qa: phase(RunPhase.qa),
        documentation: phase(RunPhase.documentation),
      },
    };
  }

  private phase(value: unknown, path: Path): PhaseSpec {
    const fields = this.mapping(value, path, ['agents'], ['required_artifacts', 'approval_gate']);
    const agents = this.list(fields.agents, [...path, 'agents'], true).map((agent, i) =>
      this.agent(agent, [...path, 'agents', i]),
    );
    this.rejectDuplicates(
      agents.map((agent, i) => ({ key: agent.id, path: [...path, 'agents', i, 'id'] })),
      (id) => `duplicate agent id "${id}"`,
    );
    const outputs = agents.flatMap((agent, a) =>
      agent.outputs.map((output, o) => ({
        key: output.name,
        path: [...path, 'agents', a, 'outputs', o, 'name'],
      })),
    );
    this.rejectDuplicates(outputs, (name) => `"${name}" is already an output of this phase`);
    const declared = new Set(outputs.map((output) => output.key));
    const requiredPath = [...path, 'required_artifacts'];
    const required = this.list(fields.required_artifacts ?? [], requiredPath, false).map((name, i) => {
      if (typeof name !== 'string') {
        this.report([...requiredPath, i], 'must be an artifact name');
        return '';
      }
      if (!declared.has(name))
        this.report([...requiredPath, i], `"${name}" is not an output of any agent of this phase`);
      return name;
    });
    this.rejectDuplicates(
      required.map((name, i) => ({ key: name, path: [...requiredPath, i] })),
      (name) => `"${name}" is listed twice`,
    );
    const gate = fields.approval_gate ?? false;
    if (typeof gate !== 'boolean') this.report([...path, 'approval_gate'], 'must be true or false');
    return { agents, required_artifacts: required, approval_gate: gate === true };
  }

  private agent(value: unknown, path: Path): AgentSpec {
    const fields = this.mapping(value, path, ['id', 'role', 'instructions', 'outputs'], ['model']);
    const role = this.text(fields.role, [...path, 'role']);
    if (role.includes('\n')) this.report([...path, 'role'], 'must be a single line');
    const agent = {
      id: this.identifier(fields.id, [...path, 'id']),
      role,
      instructions: this.text(fields.instructions, [...path, 'instructions']),
      outputs: this.list(fields.outputs, [...path, 'outputs'], true).map((output, i) =>
        this.output(output, [...path, 'outputs', i]),
      ),
    };
    if (fields.model === undefined) return agent;
    return { ...agent, model: this.text(fields.model ?? '', [...path, 'model']) };
  }

  private output(value: unknown, path: Path): ArtifactSpec {
    const fields = this.mapping(value, path, ['name', 'type', 'description'], []);
    const name = this.text(fields.name, [...path, 'name']);
    const nameProblem = name === '' ? undefined : artifactNameProblem(name);
    if (nameProblem !== undefined) this.report([...path, 'name'], nameProblem);
    return {
      name,
      type: this.artifactType(fields.type, name, [...path, 'type']),
      description: this.text(fields.description, [...path, 'description']),
    };
  }

  /** One of ARTIFACT_TYPES, agreeing with the extension of `name` when it implies one; 'text' when invalid. */
  private artifactType(value: unknown, name: string, path: Path): ArtifactType {
    if (!isArtifactType(value)) {
      if (value !== undefined && value !== null)
        this.report(path, `must be one of ${ARTIFACT_TYPES.join(', ')}`);
      return 'text';
    }
    const implied = artifactTypeOfName(name);
    if (implied !== undefined && implied !== value) {
      this.report(path, `"${name}" is ${implied} by its extension, not ${value}`);
    }
    return value;
  }

  /**
   * A mapping with all the `required` keys and only those or `optional` ones; {} when it is not a mapping
   * (a missing value was already reported by its parent).
   */
  private mapping(
    value: unknown,
    path: Path,
    required: readonly string[],
    optional: readonly string[],
  ): Record<string, unknown> {
    if (!isMapping(value)) {
      if (value !== undefined && value !== null) this.report(path, 'must be a mapping');
      return {};
    }
    const allowed = [...required, ...optional];
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.report([...path, key], `unknown key (allowed: ${allowed.join(', ')})`);
    }
    for (const key of required) {
      if (value[key] === undefined || value[key] === null) this.report([...path, key], 'is required');
    }
    return value;
  }

  /** A list, non-empty when `nonEmpty`; [] when it is not a list (a missing value was already reported). */
  private list(value: unknown, path: Path, nonEmpty: boolean): readonly unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.report(path, 'must be a list');
      return [];
    }
    if (nonEmpty && value.length === 0) this.report(path, 'must not be empty');
    return value;
  }

  /** A non-blank string; '' when it is not one (a missing value was already reported by its parent). */
  private text(value: unknown, path: Path): string {
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string' || value.trim() === '') {
      this.report(path, 'must be a non-empty string');
      return '';
    }
    return value;
  }

  private identifier(value: unknown, path: Path): string {
    const text = this.text(value, path);
    if (text !== '' && (!IDENTIFIER.test(text) || text.length > MAX_IDENTIFIER_LENGTH)) {
      this.report(path, `must match ${IDENTIFIER.source} and be at most ${MAX_IDENTIFIER_LENGTH} characters`);
    }
    return text;
  }

  private rejectDuplicates(
    entries: readonly { key: string; path: Path }[],
    message: (key: string) => string,
  ): void {
    const seen = new Set<string>();
    for (const { key, path } of entries) {
      if (key !== '' && seen.has(key)) this.report(path, message(key));
      seen.add(key);
    }
  }
}
