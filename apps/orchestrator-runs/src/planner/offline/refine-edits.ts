/** The refine commands that change existing tasks: each names them fuzzily, each op carries base_version. */
import type { Priority, TaskFieldsDto, TaskStatus } from '@slipway/contracts';
import type { PriorityChange, RefineCommand } from './refine-commands';
import type { RefineContext, Step, Target } from './refine-context';
import { planRemove } from './refine-remove';
import { clip, cut, PRIORITIES_ASCENDING, priorityRank } from './text';

const ok = (apply: () => void): Step => ({ ok: true, apply });
const noChange = (ctx: RefineContext, message: string): Step =>
  ok(() => ctx.warn({ code: 'no_change', message }));

function update(
  ctx: RefineContext,
  target: Target & { version: number },
  set: TaskFieldsDto,
  note: string,
): Step {
  return ok(() => {
    ctx.builder.push({ op: 'update_task', task: target.id, base_version: target.version, set });
    ctx.note(note);
  });
}

function planRename(ctx: RefineContext, name: string, title: string): Step {
  const found = ctx.existing(name);
  if ('step' in found) return found.step;
  const { target } = found;
  const next = cut(title);
  if (next === target.title) return noChange(ctx, `"${target.title}" already has that title`);
  return update(ctx, target, { title: next }, `Rename "${target.title}" to "${next}".`);
}

/** Whether `from` already reaches `to` through the snapshot's dependencies. */
function reaches(ctx: RefineContext, from: string, to: string): boolean {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const current = queue.shift() ?? '';
    if (current === to) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    for (const dep of ctx.snapshot.dependencies) if (dep.task_id === current) queue.push(dep.depends_on_id);
  }
  return false;
}

function planDepend(ctx: RefineContext, taskName: string, dependsOnName: string, remove: boolean): Step {
  const task = ctx.find(taskName);
  if ('step' in task) return task.step;
  const before = ctx.find(dependsOnName);
  if ('step' in before) return before.step;
  const [waiting, first] = [task.target, before.target];
  const pair = `"${waiting.title}" waits for "${first.title}"`;
  if (remove) {
    if (!ctx.waitsFor(waiting.id, first.id))
      return noChange(ctx, `"${waiting.title}" does not wait for "${first.title}"`);
    return ok(() => {
      ctx.builder.removeDependency(waiting.id, first.id);
      ctx.note(`"${waiting.title}" no longer waits for "${first.title}".`);
    });
  }
  if (waiting.id === first.id)
    return ok(() => ctx.warn({ code: 'invalid', message: `"${waiting.title}" cannot wait for itself` }));
  if (ctx.waitsFor(waiting.id, first.id))
    return ok(() => ctx.warn({ code: 'already_exists', message: `${pair} already` }));
  if (reaches(ctx, first.id, waiting.id)) {
    return ok(() =>
      ctx.warn({
        code: 'cycle',
        message: `"${first.title}" already waits for "${waiting.title}": ${pair} would be a cycle`,
      }),
    );
  }
  return ok(() => {
    ctx.builder.dependency(waiting.id, first.id);
    ctx.note(`${pair}.`);
  });
}

function nextPriority(current: Priority, change: PriorityChange): Priority {
  if (change !== 'raise' && change !== 'lower') return change;
  const index = priorityRank(current) + (change === 'raise' ? 1 : -1);
  return PRIORITIES_ASCENDING[Math.min(PRIORITIES_ASCENDING.length - 1, Math.max(0, index))];
}

function planPriority(ctx: RefineContext, name: string, change: PriorityChange): Step {
  const found = ctx.existing(name);
  if ('step' in found) return found.step;
  const { target } = found;
  const priority = nextPriority(target.priority, change);
  if (priority === target.priority) return noChange(ctx, `"${target.title}" is already ${priority} priority`);
  return update(ctx, target, { priority }, `Make "${target.title}" ${priority} priority.`);
}

function planStatus(ctx: RefineContext, name: string, status: TaskStatus): Step {
  const found = ctx.existing(name);
  if ('step' in found) return found.step;
  const { target } = found;
  if (status === target.status)
    return noChange(ctx, `"${target.title}" is already ${status.replace('_', ' ')}`);
  return update(ctx, target, { status }, `Mark "${target.title}" ${status.replace('_', ' ')}.`);
}

function planMove(ctx: RefineContext, name: string, parentName: string | null): Step {
  const found = ctx.existing(name);
  if ('step' in found) return found.step;
  const { target } = found;
  let parent: Target | null = null;
  if (parentName !== null) {
    const resolved = ctx.find(parentName);
    if ('step' in resolved) return resolved.step;
    parent = resolved.target;
  }
  if (parent !== null && ctx.isWithin(parent.id, target.id)) {
    const message = `"${target.title}" cannot move under itself or its own subtask "${parent.title}"`;
    return ok(() => ctx.warn({ code: 'invalid', message }));
  }
  if ((parent?.id ?? null) === target.parentId) {
    return noChange(
      ctx,
      `"${target.title}" is already ${parent === null ? 'top level' : `under "${parent.title}"`}`,
    );
  }
  const destination = parent;
  return ok(() => {
    ctx.builder.push({
      op: 'move_task',
      task: target.id,
      base_version: target.version,
      parent: destination?.id ?? null,
    });
    ctx.note(
      destination === null
        ? `Move "${target.title}" to the top level.`
        : `Move "${target.title}" under "${destination.title}".`,
    );
  });
}

function planDescribe(ctx: RefineContext, name: string, description: string): Step {
  const found = ctx.existing(name);
  if ('step' in found) return found.step;
  const text = clip(description, 20_000);
  return update(ctx, found.target, { description: text }, `Describe "${found.target.title}".`);
}

type EditCommand = Exclude<RefineCommand, { kind: 'add' } | { kind: 'split' }>;

export function planEdit(ctx: RefineContext, command: EditCommand): Step {
  switch (command.kind) {
    case 'remove':
      return planRemove(ctx, command.target, command.scope);
    case 'rename':
      return planRename(ctx, command.target, command.title);
    case 'depend':
      return planDepend(ctx, command.task, command.dependsOn, false);
    case 'undepend':
      return planDepend(ctx, command.task, command.dependsOn, true);
    case 'priority':
      return planPriority(ctx, command.target, command.priority);
    case 'status':
      return planStatus(ctx, command.target, command.status);
    case 'move':
      return planMove(ctx, command.target, command.parent);
    case 'describe':
      return planDescribe(ctx, command.target, command.description);
  }
}
