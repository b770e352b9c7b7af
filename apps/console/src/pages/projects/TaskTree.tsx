import { useState } from 'react';
import { StatusBadge } from '../../ui/states';
import { TaskEditor } from './TaskEditor';
import type { Task, TaskNode } from './projects-api';

/** Every task of the tree by id, for names of parents and dependencies. */
export function taskNames(tasks: readonly TaskNode[], into = new Map<string, string>()): Map<string, string> {
  for (const task of tasks) {
    into.set(task.id, task.title);
    taskNames(task.subtasks, into);
  }
  return into;
}

interface TreeProps {
  tasks: readonly TaskNode[];
  names: ReadonlyMap<string, string>;
  editing: string | undefined;
  onEdit: (taskId: string | undefined) => void;
  onSaved: (saved: Task) => void;
  onDecompose: (task: TaskNode) => void;
  decomposing: string | undefined;
}

function Row({ task, depth, ...props }: TreeProps & { task: TaskNode; depth: number }) {
  const [open, setOpen] = useState(true);
  const hasChildren = task.subtasks.length > 0;
  const editing = props.editing === task.id;
  return (
    <li role="treeitem" aria-expanded={hasChildren ? open : undefined} aria-selected={editing}>
      <div className="task-row" style={{ paddingLeft: `${depth * 20}px` }}>
        {hasChildren ? (
          <button
            type="button"
            className="ghost toggle"
            aria-label={`${open ? 'Collapse' : 'Expand'} ${task.title}`}
            onClick={() => setOpen(!open)}
          >
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="toggle" aria-hidden="true" />
        )}
        <span className="task-title">{task.title}</span>
        <StatusBadge status={task.status} />
        <span className={`priority ${task.priority}`}>{task.priority}</span>
        <span className="muted type">{task.type}</span>
        <span className="assignee">
          {task.assignee ? `@${task.assignee}` : <span className="muted">unassigned</span>}
        </span>
        {task.depends_on.length > 0 ? (
          <span className="muted deps" title="Waits for">
            waits for {task.depends_on.map((id) => props.names.get(id) ?? id).join(', ')}
          </span>
        ) : null}
        <span className="row-actions">
          <button
            type="button"
            className="ghost"
            aria-label={`Edit ${task.title}`}
            onClick={() => props.onEdit(editing ? undefined : task.id)}
          >
            Edit
          </button>
          <button
            type="button"
            className="ghost"
            aria-label={`Decompose ${task.title}`}
            disabled={props.decomposing !== undefined}
            onClick={() => props.onDecompose(task)}
          >
            {props.decomposing === task.id ? 'Decomposing…' : 'Decompose'}
          </button>
        </span>
      </div>
      {editing ? (
        <div style={{ paddingLeft: `${depth * 20 + 28}px` }}>
          <TaskEditor
            key={task.id}
            task={task}
            onSaved={props.onSaved}
            onCancel={() => props.onEdit(undefined)}
          />
        </div>
      ) : null}
      {hasChildren && open ? (
        <ul role="group">
          {task.subtasks.map((child) => (
            <Row key={child.id} task={child} depth={depth + 1} {...props} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The project's tasks as a tree: each folds, shows status, priority, assignee and what it waits for. */
export function TaskTree(props: TreeProps) {
  return (
    <ul className="task-tree" role="tree" aria-label="Tasks">
      {props.tasks.map((task) => (
        <Row key={task.id} task={task} depth={0} {...props} />
      ))}
    </ul>
  );
}
