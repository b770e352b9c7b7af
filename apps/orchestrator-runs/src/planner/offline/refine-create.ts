/** The refine commands that create tasks: "add X [under Y]" and "split X [into A, B and C]". */
import type { Priority, TaskType } from '@slipway/contracts';
import type { FeatureTemplate, TaskTemplate } from './catalogue-types';
import { featureByKey, matchFeatures, namedFeature } from './feature-catalogue';
import type { RefineContext, Step, Target } from './refine-context';
import { addSubtasks, templateFor, type SubtaskParent } from './subtasks';
import { cut } from './text';

type Add = { title: string; parent: string | null; priority: Priority | null };
type Split = { target: string; parts: string[] };

const ok = (apply: () => void): Step => ({ ok: true, apply });

/** What kind of work a title names, by its words. */
export function inferType(title: string): TaskType {
  const lower = title.toLowerCase();
  if (/\b(?:tests?|testing|qa|e2e)\b/.test(lower)) return 'qa';
  if (/\b(?:docs?|documentation|readme|guide|manual)\b/.test(lower)) return 'documentation';
  if (/\b(?:deploy|deployment|release|rollout)\b/.test(lower)) return 'deploy';
  if (/\b(?:research|investigate|spike|evaluate|explore)\b/.test(lower)) return 'research';
  if (/\b(?:plan|planning|design|roadmap|spec|specification)\b/.test(lower)) return 'planning';
  return 'engineering';
}

const asParent = (target: Target): SubtaskParent => ({
  id: target.id,
  title: target.title,
  description: target.description,
  priority: target.priority,
  payload: target.payload,
});

/** Registers the new subtasks so later clauses of the same feedback can name them. */
function remember(
  ctx: RefineContext,
  parent: Target,
  created: ReadonlyArray<{ ref: string; step: TaskTemplate }>,
) {
  for (const { ref, step } of created) {
    ctx.created({
      id: ref,
      title: step.title,
      version: null,
      status: 'todo',
      priority: parent.priority,
      parentId: parent.id,
      description: step.description,
      payload: {},
    });
  }
}

/** The groups a new top-level group waits for, in the phase order generate uses. */
function prerequisites(ctx: RefineContext, feature: FeatureTemplate): Target[] {
  const found = (() => {
    switch (feature.phase) {
      case 'data_model':
        return [ctx.phaseGroup('setup')];
      case 'deploy':
        return [ctx.phaseGroup('testing')];
      case 'feature':
        return [
          ctx.phaseGroup('data_model') ?? ctx.phaseGroup('setup'),
          ...feature.after.map((key) => ctx.featureGroup(key, featureByKey(key)?.name ?? key)),
        ];
    }
  })();
  return found.filter((target): target is Target => target !== undefined);
}

/** A catalogue feature as a group with its subtasks, after the data model (or setup); testing waits for it. */
function addFeatureGroup(
  ctx: RefineContext,
  feature: FeatureTemplate,
  parent: Target | null,
  priority: Priority,
) {
  const payload = {
    phase: feature.phase,
    estimate_points: feature.tasks.reduce((sum, step) => sum + step.points, 0),
    feature: feature.key,
  };
  const description = `The ${feature.name.toLowerCase()} feature.`;
  const ref = ctx.builder.createTask({
    project: ctx.projectId,
    ...(parent === null ? {} : { parent: parent.id }),
    title: feature.name,
    description,
    type: feature.phase === 'deploy' ? 'deploy' : 'engineering',
    priority,
    payload,
  });
  const group: Target = {
    id: ref,
    title: feature.name,
    version: null,
    status: 'todo',
    priority,
    parentId: parent?.id ?? null,
    description,
    payload,
  };
  ctx.created(group);
  const added = addSubtasks(ctx.builder, ctx.projectId, asParent(group), [], feature.tasks, { chain: true });
  remember(ctx, group, added.created);
  if (parent === null) {
    for (const before of prerequisites(ctx, feature)) ctx.builder.dependency(ref, before.id);
    const testing = ctx.phaseGroup('testing');
    // A finished testing phase is left alone: only an explicit command touches a done task.
    if (feature.phase === 'feature' && testing !== undefined && testing.status !== 'done') {
      ctx.builder.dependency(testing.id, ref);
    }
  }
  const where = parent === null ? '' : ` under "${parent.title}"`;
  ctx.note(`Add the ${feature.name} feature${where} with ${feature.tasks.length} subtasks.`);
}

function addTask(ctx: RefineContext, title: string, parent: Target | null, priority: Priority | null) {
  const phase = typeof parent?.payload.phase === 'string' ? parent.payload.phase : 'feature';
  const featureKey = parent?.payload.feature ?? matchFeatures(title)[0]?.key;
  const payload = {
    phase,
    estimate_points: 2,
    ...(typeof featureKey === 'string' ? { feature: featureKey } : {}),
  };
  const chosen = priority ?? parent?.priority ?? 'medium';
  const ref = ctx.builder.createTask({
    project: ctx.projectId,
    ...(parent === null ? {} : { parent: parent.id }),
    title: cut(title),
    type: inferType(title),
    priority: chosen,
    payload,
  });
  ctx.created({
    id: ref,
    title: cut(title),
    version: null,
    status: 'todo',
    priority: chosen,
    parentId: parent?.id ?? null,
    description: null,
    payload,
  });
  ctx.note(parent === null ? `Add "${cut(title)}".` : `Add "${cut(title)}" under "${parent.title}".`);
}

export function planAdd(ctx: RefineContext, command: Add): Step {
  let parent: Target | null = null;
  if (command.parent !== null) {
    const found = ctx.find(command.parent);
    if ('step' in found) return found.step;
    parent = found.target;
  }
  const exists = (title: string): Step =>
    ok(() => ctx.warn({ code: 'already_exists', message: `"${title}" already exists` }));
  const feature = namedFeature(command.title);
  if (feature !== null) {
    const existing = ctx.featureGroup(feature.key, feature.name);
    if (existing !== undefined) return exists(existing.title);
    const chosenParent = parent;
    return ok(() => addFeatureGroup(ctx, feature, chosenParent, command.priority ?? 'medium'));
  }
  const twin = ctx.withTitle(command.title);
  if (twin !== undefined) return exists(twin.title);
  if (parent === null) {
    const related = matchFeatures(command.title)[0];
    const group = related === undefined ? undefined : ctx.featureGroup(related.key, related.name);
    if (group !== undefined && group.status !== 'done') parent = group;
  }
  const chosenParent = parent;
  return ok(() => addTask(ctx, command.title, chosenParent, command.priority));
}

/** Named parts side by side; without names, the task's template steps or two halves, in a chain. */
export function planSplit(ctx: RefineContext, command: Split): Step {
  const found = ctx.find(command.target);
  if ('step' in found) return found.step;
  const target = found.target;
  const template = templateFor(target);
  const halves = [1, 2].map((part) => ({
    title: cut(`${target.title} — part ${part}`),
    type: 'engineering' as const,
    points: 2,
    description: `Part ${part} of "${target.title}".`,
  }));
  const named = command.parts.map((part) => ({
    title: cut(part),
    type: inferType(part),
    points: 2,
    description: `Part of "${target.title}".`,
  }));
  const steps: readonly TaskTemplate[] = named.length > 0 ? named : (template?.tasks ?? halves);
  return ok(() => {
    const existing = ctx.children(target.id);
    const added = addSubtasks(ctx.builder, ctx.projectId, asParent(target), existing, steps, {
      chain: command.parts.length === 0,
    });
    added.warnings.forEach((warning) => ctx.warn(warning));
    remember(ctx, target, added.created);
    const titles = added.created.map(({ step }) => `"${step.title}"`).join(', ');
    ctx.note(
      titles === ''
        ? `"${target.title}" already has those subtasks.`
        : `Split "${target.title}" into ${titles}.`,
    );
  });
}
