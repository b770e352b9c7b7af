/**
 * Phase governance: whether a phase produced what its profile requires, before the run may move on.
 * Pure: the caller reads the phase's artifact directory and passes its files.
 */
import { GOVERNANCE_CHECKS, type GovernanceCheckKind } from '@slipway/contracts/runs';
import { artifactTypeOfName, isInternalArtifact, type ArtifactType } from '../profiles/artifact-name';
import type { ArtifactSpec, PhaseSpec } from '../profiles/profile';
import { isBlank, syntaxProblem, type ArtifactFile } from './artifact-syntax';

export type { GovernanceCheckKind };

export interface GovernanceCheck {
  readonly artifact: string;
  readonly check: GovernanceCheckKind;
  readonly passed: boolean;
  /** Why it failed. */
  readonly message?: string;
}

export interface PhaseGovernance {
  /** Every check passed (true when the phase requires nothing). */
  readonly passed: boolean;
  /** Three per required artifact, in profile order: present, non_empty, valid. */
  readonly checks: readonly GovernanceCheck[];
  /** Problems that do not fail the phase: optional outputs missing or malformed, undeclared files. */
  readonly warnings: readonly string[];
}

/** A check that failed, as events, problems and metrics name it. */
export interface CheckFailure {
  artifact: string;
  check: GovernanceCheckKind;
  message?: string;
}

export function failedChecks(checks: readonly GovernanceCheck[]): CheckFailure[] {
  return checks
    .filter((c) => !c.passed)
    .map((c) => ({ artifact: c.artifact, check: c.check, ...(c.message ? { message: c.message } : {}) }));
}

/** The verdict a worker stored on a phase record (`governance`), or null when there is none or it is unreadable. */
export function recordedGovernance(value: Readonly<Record<string, unknown>> | null): PhaseGovernance | null {
  if (value === null || typeof value.passed !== 'boolean') return null;
  const list = (field: unknown): unknown[] => (Array.isArray(field) ? field : []);
  return {
    passed: value.passed,
    checks: list(value.checks).filter(isGovernanceCheck),
    warnings: list(value.warnings).filter((warning): warning is string => typeof warning === 'string'),
  };
}

const isGovernanceCheck = (value: unknown): value is GovernanceCheck =>
  typeof value === 'object' &&
  value !== null &&
  'passed' in value &&
  typeof value.passed === 'boolean' &&
  'artifact' in value &&
  typeof value.artifact === 'string' &&
  'check' in value &&
  (GOVERNANCE_CHECKS as readonly unknown[]).includes(value.check);

/**
 * Judges one phase. `files` are the phase directory's files, named relative to it ("src/app.py"); internal
 * files (a leading "_") are ignored. Each required artifact gets all three checks so every artifact weighs
 * the same in the governance score: once one fails, the later ones fail as "not checked".
 */
export function checkPhase(phase: PhaseSpec, files: readonly ArtifactFile[]): PhaseGovernance {
  const produced = new Map(
    files.filter((file) => !isInternalArtifact(file.name)).map((file) => [file.name, file]),
  );
  const declared = new Map(
    phase.agents.flatMap((agent) =>
      agent.outputs.map((output) => [output.name, { agent: agent.id, output }] as const),
    ),
  );
  const required = new Set(phase.required_artifacts);
  const checks = phase.required_artifacts.flatMap((name) =>
    checkArtifact(name, typeOf(name, declared.get(name)?.output), produced.get(name)),
  );
  const optionalWarnings = [...declared.values()]
    .filter(({ output }) => !required.has(output.name))
    .flatMap(({ agent, output }) => optionalOutputWarning(agent, output, produced.get(output.name)));
  const undeclaredWarnings = [...produced.keys()]
    .filter((name) => !declared.has(name))
    .sort()
    .map((name) => `"${name}" is not an output of any agent of this phase`);
  return {
    passed: checks.every((check) => check.passed),
    checks,
    warnings: [...optionalWarnings, ...undeclaredWarnings],
  };
}

/** Share of checks passed, rounded to 3 decimals; 1 when there are none. Combine phases with `flatMap`. */
export function governanceScore(checks: readonly GovernanceCheck[]): number {
  if (checks.length === 0) return 1;
  const passed = checks.filter((check) => check.passed).length;
  return Math.round((passed / checks.length) * 1000) / 1000;
}

/** The declared type; the extension's or plain text for a phase built in code that requires an undeclared name. */
const typeOf = (name: string, output: ArtifactSpec | undefined): ArtifactType =>
  output?.type ?? artifactTypeOfName(name) ?? 'text';

function checkArtifact(
  artifact: string,
  type: ArtifactType,
  file: ArtifactFile | undefined,
): GovernanceCheck[] {
  const outcome = (check: GovernanceCheckKind, message?: string): GovernanceCheck =>
    message === undefined ? { artifact, check, passed: true } : { artifact, check, passed: false, message };
  if (file === undefined) {
    return [
      outcome('present', 'was not produced'),
      outcome('non_empty', 'not checked: the artifact is missing'),
      outcome('valid', 'not checked: the artifact is missing'),
    ];
  }
  if (isBlank(file.content)) {
    return [
      outcome('present'),
      outcome('non_empty', 'is empty'),
      outcome('valid', 'not checked: the artifact is empty'),
    ];
  }
  const problem = syntaxProblem(type, artifact, file.content);
  return [
    outcome('present'),
    outcome('non_empty'),
    outcome('valid', problem === undefined ? undefined : `${type}: ${problem}`),
  ];
}

function optionalOutputWarning(
  agent: string,
  output: ArtifactSpec,
  file: ArtifactFile | undefined,
): string[] {
  const subject = `optional output "${output.name}" of agent "${agent}"`;
  if (file === undefined) return [`${subject} was not produced`];
  if (isBlank(file.content)) return [`${subject} is empty`];
  const problem = syntaxProblem(output.type, output.name, file.content);
  return problem === undefined ? [] : [`${subject} is not valid ${output.type}: ${problem}`];
}
