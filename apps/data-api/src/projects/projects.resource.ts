import {
  CreateProjectDto,
  PROJECT_SORT,
  ProjectDeleteQueryDto,
  type ProjectDetailDto,
  ProjectDto,
  ProjectGetQueryDto,
  ProjectListQueryDto,
  ReplaceProjectDto,
  UpdateProjectDto,
} from '@slipway/contracts';
import type { Executor } from '../database/db';
import type { ProjectRow, TaskRow } from '../database/entities';
import { eq, isoOrNull, oneOf, type ResourceDefinition, withRecord } from '../resources/definition';
import { MAX_TREE_ROWS, toTaskDto } from '../tasks/tasks.resource';

const toProjectDto = (row: ProjectRow): ProjectDto =>
  withRecord(row, {
    name: row.name,
    description: row.description,
    status: row.status,
    owner_id: row.owner_id,
    modules: row.modules,
    repo_url: row.repo_url,
    config: row.config,
    deleted_at: isoOrNull(row.deleted_at),
  });

async function withTasks(row: ProjectRow, db: Executor): Promise<ProjectDetailDto> {
  const tasks = await db.query<TaskRow>(
    'SELECT * FROM tasks WHERE project_id = $1 AND deleted_at IS NULL ORDER BY created_at, id LIMIT $2',
    [row.id, MAX_TREE_ROWS],
  );
  return { ...toProjectDto(row), tasks: tasks.map(toTaskDto) };
}

export const projectsResource: ResourceDefinition<ProjectRow, ProjectDetailDto> = {
  path: 'projects',
  label: 'Project',
  table: 'projects',
  dto: {
    create: CreateProjectDto,
    update: UpdateProjectDto,
    response: ProjectDto,
    list: ProjectListQueryDto,
    get: ProjectGetQueryDto,
    delete: ProjectDeleteQueryDto,
    replace: ReplaceProjectDto,
  },
  keptOnReplace: ['owner_id'],
  access: 'owner',
  softDelete: true,
  sortable: PROJECT_SORT,
  filters: { status: oneOf('status'), owner_id: eq('owner_id'), name: eq('name'), repo_url: eq('repo_url') },
  toResponse: toProjectDto,
  expand: (row, query, db) => (query.include_tasks === true ? withTasks(row, db) : null),
  onDelete: async (row, query, tx) => {
    if (query.cascade !== true) return;
    await tx.query(
      'UPDATE tasks SET deleted_at = $2, version = version + 1, updated_at = now() WHERE project_id = $1 AND deleted_at IS NULL',
      [row.id, row.deleted_at],
    );
  },
};
