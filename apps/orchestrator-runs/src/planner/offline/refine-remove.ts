/** "remove X": the deletion, and the dependencies on what goes that must not take other tasks with it. */
import type { RemovalScope } from './refine-commands';
import type { RefineContext, Step, Target } from './refine-context';

/**
 * Deletes the task. Tasks outside what goes that waited for it stop waiting for it and wait for what
 * it waited for instead, so the order holds and the deletion takes no one else's task: a cascade
 * would delete dependents too, and "reject" would refuse them. Subtasks are the validator's to
 * judge: deleting a task that has some is refused unless the user said "and its subtasks".
 * "With everything" is a plain cascade, dependents included.
 */
export function planRemove(ctx: RefineContext, name: string, scope: RemovalScope): Step {
  const found = ctx.existing(name);
  if ('step' in found) return found.step;
  const { target } = found;
  return {
    ok: true,
    apply: () => {
      if (scope !== 'everything') unlinkDependents(ctx, target, scope === 'subtasks');
      ctx.builder.push({
        op: 'delete_task',
        task: target.id,
        base_version: target.version,
        on_dependents: scope === 'task' ? 'reject' : 'cascade',
      });
      const subtasks = ctx.children(target.id).length;
      if (scope === 'task' && subtasks > 0) {
        ctx.warn({
          code: 'has_subtasks',
          message: `"${target.title}" has ${subtasks} subtasks: deleting it is refused unless you say "and its subtasks"`,
        });
      }
      const how = {
        task: '',
        subtasks: ' with its subtasks',
        everything: ' with its subtasks and dependents',
      };
      ctx.note(`Delete "${target.title}"${how[scope]}.`);
    },
  };
}

function unlinkDependents(ctx: RefineContext, target: Target, withSubtasks: boolean): void {
  const going = withSubtasks ? ctx.subtree(target.id) : new Set([target.id]);
  const { dependencies } = ctx.snapshot;
  const before = dependencies
    .filter((dep) => dep.task_id === target.id && !going.has(dep.depends_on_id))
    .map((dep) => dep.depends_on_id);
  const title = (id: string) => ctx.snapshot.tasks.find((task) => task.id === id)?.title ?? id;
  const bridged = new Set<string>();
  for (const dep of dependencies) {
    if (!going.has(dep.depends_on_id) || going.has(dep.task_id)) continue;
    ctx.builder.push({ op: 'remove_dependency', task: dep.task_id, depends_on: dep.depends_on_id });
    for (const first of before) {
      const key = `${dep.task_id}>${first}`;
      if (first === dep.task_id || bridged.has(key) || ctx.waitsFor(dep.task_id, first)) continue;
      bridged.add(key);
      ctx.builder.dependency(dep.task_id, first);
    }
    const instead =
      before.length === 0 ? '' : ` and waits for ${before.map((id) => `"${title(id)}"`).join(', ')}`;
    ctx.note(`"${title(dep.task_id)}" no longer waits for "${title(dep.depends_on_id)}"${instead}.`);
  }
}
