/** Subtasks of one task: their steps (a feature template's or generic ones), created in a chain. */
import type { Priority } from '@slipway/contracts';
import type { ProposalWarning } from '../engine/planner-engine';
import type { FeatureTemplate, TaskTemplate } from './catalogue-types';
import { matchFeatures, namedFeature } from './feature-catalogue';
import type { PatchBuilder } from './patch-builder';
import { GENERIC_STEPS } from './phase-catalogue';
import { cut, sameTitle } from './text';

/** The task being split, by id or by the ref of a task created in the same proposal. */
export interface SubtaskParent {
  id: string;
  title: string;
  description: string | null;
  priority: Priority;
  payload: Record<string, unknown>;
}

export interface ExistingChild {
  id: string;
  title: string;
}

const lowerFirst = (text: string): string =>
  /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

const named = (step: TaskTemplate, object: string, suffix = ''): TaskTemplate => ({
  ...step,
  title: cut(`${step.title} ${lowerFirst(object)}${suffix}`),
});

/** Design, implement, test, document; the implementation cut into parts when more steps are asked for. */
export function genericSteps(title: string, count: number): TaskTemplate[] {
  const { design, implement, test, document } = GENERIC_STEPS;
  if (count <= 2) return [named(implement, title), named(test, title)];
  if (count === 3) return [named(design, title), named(implement, title), named(test, title)];
  const parts = count - 3;
  const implementation =
    parts === 1
      ? [named(implement, title)]
      : Array.from({ length: parts }, (_, index) => named(implement, title, ` — part ${index + 1}`));
  return [named(design, title), ...implementation, named(test, title), named(document, title)];
}

/** The template's own steps first; more than it has are filled with generic ones. */
function templateSteps(template: FeatureTemplate, title: string, count: number): TaskTemplate[] {
  const own = template.tasks.slice(0, count);
  if (own.length === count) return own;
  const extra = [GENERIC_STEPS.design, GENERIC_STEPS.document].map((step) => named(step, title));
  const parts = Array.from({ length: count }, (_, index) =>
    named(GENERIC_STEPS.implement, title, ` — part ${index + 1}`),
  );
  return [...own, ...extra, ...parts].slice(0, count);
}

/**
 * A task named after a feature ("Search", "Payments") is split by that feature's template — not one
 * of the template's own steps ("Shopping cart" of the commerce template), which gets generic steps.
 */
export function templateFor(task: Pick<SubtaskParent, 'title'>): FeatureTemplate | null {
  const template = namedFeature(task.title);
  if (template === null || template.tasks.some((step) => sameTitle(step.title, task.title))) return null;
  return template;
}

/** The steps of `count` subtasks of the task. */
export function stepsFor(task: SubtaskParent, count: number): TaskTemplate[] {
  const template = templateFor(task);
  return template === null ? genericSteps(task.title, count) : templateSteps(template, task.title, count);
}

/**
 * How many subtasks a task is worth when nobody says: a feature's task, its template's steps; any
 * other, 3 steps, more for a long description or guidance, for every further feature it mentions
 * and for a large estimate, fewer for a tiny one; 2 to 8.
 */
export function estimateSubtaskCount(task: SubtaskParent, guidance?: string): number {
  const template = templateFor(task);
  if (template !== null) return Math.min(8, Math.max(2, template.tasks.length));
  const text = `${task.description ?? ''} ${guidance ?? ''}`.trim();
  const mentioned = new Set(matchFeatures(`${task.title} ${text}`).map((feature) => feature.key));
  const points = task.payload.estimate_points;
  let count = 3;
  count += Math.min(3, Math.floor(text.length / 400));
  count += Math.min(2, Math.max(0, mentioned.size - 1));
  if (typeof points === 'number') count += points >= 8 ? 2 : points >= 5 ? 1 : points <= 1 ? -1 : 0;
  return Math.min(8, Math.max(2, count));
}

export interface AddedSubtasks {
  /** The new subtasks' refs with the steps they came from, in order. */
  created: Array<{ ref: string; step: TaskTemplate }>;
  warnings: ProposalWarning[];
}

/**
 * Creates the steps under the parent, each waiting for the one before it (an existing subtask of
 * the same title is skipped, and the next step waits for it instead) when `chain` is set.
 */
export function addSubtasks(
  builder: PatchBuilder,
  projectId: string,
  parent: SubtaskParent,
  existing: readonly ExistingChild[],
  steps: readonly TaskTemplate[],
  options: { chain: boolean; guidance?: string },
): AddedSubtasks {
  const created: AddedSubtasks['created'] = [];
  const warnings: ProposalWarning[] = [];
  const phase = typeof parent.payload.phase === 'string' ? parent.payload.phase : 'feature';
  const featureKey = parent.payload.feature ?? templateFor(parent)?.key;
  const feature = typeof featureKey === 'string' ? { feature: featureKey } : {};
  let previous: string | null = null;
  for (const step of steps) {
    const twin = existing.find((child) => sameTitle(child.title, step.title));
    if (twin !== undefined) {
      warnings.push({
        code: 'already_exists',
        message: `"${twin.title}" already exists under "${parent.title}"`,
      });
      previous = twin.id;
      continue;
    }
    const guidance = options.guidance?.trim();
    const ref = builder.createTask({
      project: projectId,
      parent: parent.id,
      title: step.title,
      description: guidance ? cut(`${step.description} Guidance: ${guidance}`, 2_000) : step.description,
      type: step.type,
      priority: parent.priority,
      payload: { phase, estimate_points: step.points, ...feature },
    });
    if (options.chain && previous !== null) builder.dependency(ref, previous);
    created.push({ ref, step });
    previous = ref;
  }
  return { created, warnings };
}
