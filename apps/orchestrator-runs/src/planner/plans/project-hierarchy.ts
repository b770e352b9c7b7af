import type { ProjectHierarchyDto, TaskNodeDto } from '@slipway/contracts';
import type { ProjectSnapshot } from '../snapshot';

/** The seed's project hierarchy: the snapshot's flat tasks as a tree, each task with what it waits for. */
export function projectHierarchy(snapshot: ProjectSnapshot): ProjectHierarchyDto {
  const waitsFor = new Map<string, string[]>();
  for (const edge of snapshot.dependencies)
    waitsFor.set(edge.task_id, [...(waitsFor.get(edge.task_id) ?? []), edge.depends_on_id]);
  const nodes = new Map<string, TaskNodeDto>(
    snapshot.tasks.map((task) => [
      task.id,
      {
        id: task.id,
        title: task.title,
        description: task.description,
        type: task.type,
        status: task.status,
        priority: task.priority,
        assignee: task.assignee,
        version: task.version,
        depends_on: waitsFor.get(task.id) ?? [],
        subtasks: [],
      },
    ]),
  );
  const roots: TaskNodeDto[] = [];
  for (const task of snapshot.tasks) {
    const node = nodes.get(task.id) as TaskNodeDto;
    const parent = task.parent_id === null ? undefined : nodes.get(task.parent_id);
    (parent ? parent.subtasks : roots).push(node);
  }
  const { project } = snapshot;
  return {
    id: project.id,
    name: project.name,
    description: project.description,
    status: project.status,
    version: project.version,
    task_count: snapshot.tasks.length,
    tasks: roots,
  };
}
