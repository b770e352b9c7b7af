import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@slipway/identity';
import { allPages, DataApiClient } from '@slipway/data-client';
import type { ProjectSnapshot } from '../snapshot';
import { actingFor } from './acting-for';

const PAGE = 100;

/**
 * Reads a project with its live tasks and dependencies as the caller may see them: a project of
 * someone else is a 404 to a member, as data-api answers it.
 */
@Injectable()
export class ProjectReader {
  constructor(@Inject(DataApiClient) private readonly dataApi: DataApiClient) {}

  async snapshot(principal: Principal, projectId: string): Promise<ProjectSnapshot> {
    const acting = actingFor(principal);
    const { data: project } = await this.dataApi.get('/api/projects/{id}', {
      params: { path: { id: projectId } },
      ...acting,
    });
    const [tasks, dependencies] = await Promise.all([
      allPages((cursor) =>
        this.dataApi.get('/api/tasks', {
          // Tasks of one apply share their created_at; their position keeps the plan's order.
          params: {
            query: {
              project_id: projectId,
              limit: PAGE,
              sort: 'created_at,position',
              ...(cursor ? { cursor } : {}),
            },
          },
          ...acting,
        }),
      ),
      allPages((cursor) =>
        this.dataApi.get('/api/task_dependencies', {
          params: { query: { project_id: projectId, limit: PAGE, ...(cursor ? { cursor } : {}) } },
          ...acting,
        }),
      ),
    ]);
    return {
      project: {
        id: project.id,
        name: project.name,
        description: project.description,
        status: project.status,
        modules: project.modules,
        owner_id: project.owner_id,
        version: project.version,
      },
      tasks: tasks.map((task) => ({
        id: task.id,
        parent_id: task.parent_id,
        title: task.title,
        description: task.description,
        type: task.type,
        status: task.status,
        priority: task.priority,
        assignee: task.assignee,
        payload: task.payload,
        version: task.version,
        created_at: task.created_at,
      })),
      dependencies: dependencies.map((edge) => ({
        id: edge.id,
        task_id: edge.task_id,
        depends_on_id: edge.depends_on_id,
        version: edge.version,
      })),
    };
  }

  /** The task as the caller may see it (404 otherwise), for the routes under /api/tasks/{id}. */
  async task(principal: Principal, taskId: string) {
    return (
      await this.dataApi.get('/api/tasks/{id}', { params: { path: { id: taskId } }, ...actingFor(principal) })
    ).data;
  }
}
