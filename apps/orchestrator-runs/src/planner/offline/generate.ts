/** generate: an idea becomes a project and its task tree, phases in order, features between them. */
import { MAX_PATCH_OPS, type PatchOp } from '@slipway/contracts';
import type { GenerateInput, ProposalWarning } from '../engine/planner-engine';
import { splitClauses } from './clauses';
import { PatchBuilder, type DraftProposal } from './patch-builder';
import { outlinePlan, type PlannedGroup, type PlannedTask } from './plan-outline';
import { trimPlan } from './plan-trim';
import { clauseName, cut, priorityOf, titleCase } from './text';

const payloadOf = (task: PlannedTask): Record<string, unknown> => ({
  phase: task.phase,
  estimate_points: task.points,
  ...(task.feature === undefined ? {} : { feature: task.feature }),
});

/**
 * The subject of the idea's first clause ("Build a marketplace for handmade goods" → "Marketplace
 * for Handmade Goods") unless that clause is a requirement ("users must sign up"); else the features.
 */
export function deriveProjectName(idea: string, featureNames: readonly string[]): string {
  const first = splitClauses(idea)[0];
  const subject = first === undefined || priorityOf(first.text) !== null ? null : clauseName(first.text);
  if (subject !== null) {
    const head = subject.split(/\s+(?:that|which|where|so|with|to help|because)\s+/i)[0];
    return cut(titleCase(head.split(/\s+/).slice(0, 8).join(' ')), 80);
  }
  const named = featureNames.slice(0, 3);
  if (named.length === 0) return 'New project';
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''}`;
  return cut(titleCase(list), 80);
}

/** Which groups each group waits for: the phase before it, and the features its template names. */
function groupDependencies(groups: readonly PlannedGroup[]): Array<[string, string]> {
  const has = (key: string) => groups.some((group) => group.key === key);
  const features = groups.filter((group) => group.phase === 'feature').map((group) => group.key);
  const base = has('data') ? 'data' : has('setup') ? 'setup' : null;
  const edges: Array<[string, string]> = [];
  for (const group of groups) {
    if (group.key === 'data' && has('setup')) edges.push(['data', 'setup']);
    if (group.phase === 'feature') {
      if (base !== null) edges.push([group.key, base]);
      for (const key of group.after) if (has(key)) edges.push([group.key, key]);
    }
    if (group.key === 'testing') {
      const waits = features.length > 0 ? features : base === null ? [] : [base];
      for (const key of waits) edges.push(['testing', key]);
    }
    if (group.key === 'deploy') {
      const before = has('testing')
        ? ['testing']
        : features.length > 0
          ? features
          : base === null
            ? []
            : [base];
      for (const key of before) edges.push(['deploy', key]);
    }
  }
  return edges;
}

function emit(name: string, idea: string, groups: readonly PlannedGroup[]): PatchOp[] {
  const builder = new PatchBuilder();
  const project = builder.createProject(name, idea.trim());
  const refs = new Map<string, string>();
  const chains: string[][] = [];
  for (const group of groups) {
    const { title, description, type, priority } = group;
    const ref = builder.createTask({
      project,
      title,
      description,
      type,
      priority,
      payload: payloadOf(group),
    });
    refs.set(group.key, ref);
    chains.push(
      group.children.map((child) =>
        builder.createTask({
          project,
          parent: ref,
          title: child.title,
          description: child.description,
          type: child.type,
          priority: child.priority,
          payload: payloadOf(child),
        }),
      ),
    );
  }
  for (const [task, dependsOn] of groupDependencies(groups)) {
    const from = refs.get(task);
    const to = refs.get(dependsOn);
    if (from !== undefined && to !== undefined) builder.dependency(from, to);
  }
  for (const chain of chains) chain.slice(1).forEach((ref, index) => builder.dependency(ref, chain[index]));
  return builder.ops;
}

/** The features kept and the phases, in a few sentences. */
function rationaleOf(name: string, groups: readonly PlannedGroup[]): string {
  const features = groups.filter((group) => group.phase === 'feature');
  const known = features.filter((group) => !group.key.startsWith('custom:')).map((group) => group.title);
  const custom = features.filter((group) => group.key.startsWith('custom:')).map((group) => group.title);
  const found = known.length === 0 ? 'no catalogue feature' : `the features ${known.join(', ')}`;
  const own = custom.length === 0 ? '' : ` Planned from the idea's own words: ${custom.join(', ')}.`;
  const phases = groups.filter((group) => group.phase !== 'feature').map((group) => group.title);
  return (
    `"${name}": the idea asks for ${found}.${own} ` +
    `Phases ${phases.join(', ')} frame the features: each phase waits for the one before it, ` +
    'features wait for the data model (or setup), testing for the features and deploy for testing. ' +
    'Priorities follow the must/should/could wording of the idea.'
  );
}

export function generatePlan(input: GenerateInput): DraftProposal {
  const outline = outlinePlan(input.idea);
  const names = [...outline.templates, ...outline.custom];
  const given = input.projectName?.trim();
  const name = given === undefined || given === '' ? deriveProjectName(input.idea, names) : cut(given);
  let limit = Math.max(1, Math.floor(input.maxTasks));
  let trimmed = trimPlan(outline.groups, limit);
  let ops = emit(name, input.idea, trimmed.groups);
  while (ops.length > MAX_PATCH_OPS && limit > 1) {
    limit -= 1;
    trimmed = trimPlan(outline.groups, limit);
    ops = emit(name, input.idea, trimmed.groups);
  }
  const warnings: ProposalWarning[] = [];
  if (!outline.matchedAny) {
    warnings.push({
      code: 'no_template_matched',
      message: 'no feature template matched the idea: each of its clauses became a feature of its own',
    });
  }
  if (trimmed.dropped.length > 0) {
    const shown = trimmed.dropped.slice(0, 10).map((title) => `"${title}"`);
    const more = trimmed.dropped.length > 10 ? ` and ${trimmed.dropped.length - 10} more` : '';
    warnings.push({
      code: 'max_tasks',
      message: `${trimmed.dropped.length} tasks left out to stay within ${limit} tasks: ${shown.join(', ')}${more}`,
    });
  }
  return { ops, rationale: rationaleOf(name, trimmed.groups), warnings };
}
