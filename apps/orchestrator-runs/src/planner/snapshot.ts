import type { Priority, ProjectStatus, TaskStatus, TaskType } from '@slipway/contracts';

/** A live task of the project as the planner reads it. */
export interface TaskSnapshot {
  id: string;
  parent_id: string | null;
  title: string;
  description: string | null;
  type: TaskType;
  status: TaskStatus;
  priority: Priority;
  assignee: string | null;
  payload: Record<string, unknown>;
  version: number;
  created_at: string;
}

/** "task waits for depends_on". */
export interface DependencySnapshot {
  id: string;
  task_id: string;
  depends_on_id: string;
  version: number;
}

/**
 * A project with its live tasks and their dependencies, as three reads found them: what proposals
 * and checks work on (the apply's If-Match pins catch what changed in between).
 */
export interface ProjectSnapshot {
  project: {
    id: string;
    name: string;
    description: string | null;
    status: ProjectStatus;
    modules: string[];
    owner_id: string;
    version: number;
  };
  tasks: TaskSnapshot[];
  dependencies: DependencySnapshot[];
}
