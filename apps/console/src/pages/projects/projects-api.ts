import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type Project = Schemas['ProjectDto'];
export type Hierarchy = Schemas['ProjectHierarchyDto'];
export type TaskNode = Schemas['TaskNodeDto'];
export type Task = Schemas['TaskDto'];
export type StoredPatchSet = Schemas['StoredPatchSetDto'];
export type PatchValidation = Schemas['PatchValidationDto'];
export type PlannerResponse = Schemas['PlannerResponse'];
export type DiffEntry = Schemas['DiffEntryDto'];
export type OpResult = Schemas['OpResultDto'];
export type TaskStatus = Task['status'];
export type ProjectStatus = Project['status'];

export const TASK_STATUSES: readonly TaskStatus[] = [
  'todo',
  'in_progress',
  'blocked',
  'done',
  'failed',
  'cancelled',
];
export const PROJECT_STATUSES: readonly ProjectStatus[] = ['created', 'active', 'paused', 'archived'];

/** The filters of the projects list, as they sit in the URL. */
export interface ProjectFilters {
  name?: string;
  status?: ProjectStatus;
  cursor?: string;
}

export const PAGE_SIZE = 25;

export const keys = {
  projects: (filters: ProjectFilters) => ['projects', 'list', filters] as const,
  tree: (projectId: string) => ['projects', projectId, 'tree'] as const,
  patchSets: (projectId: string) => ['projects', projectId, 'patchsets'] as const,
  patchSet: (id: string) => ['patchsets', id] as const,
  sessions: (projectId: string) => ['projects', projectId, 'sessions'] as const,
  session: (id: string) => ['chat', id] as const,
};

export const projectsQuery = (filters: ProjectFilters) =>
  queryOptions({
    queryKey: keys.projects(filters),
    queryFn: () =>
      unwrap(
        api.GET('/api/projects', {
          params: {
            query: {
              limit: PAGE_SIZE,
              count: true,
              sort: '-created_at',
              ...(filters.name ? { name: filters.name } : {}),
              ...(filters.status ? { status: [filters.status] } : {}),
              ...(filters.cursor ? { cursor: filters.cursor } : {}),
            },
          },
        }),
      ),
  });

export const treeQuery = (projectId: string) =>
  queryOptions({
    queryKey: keys.tree(projectId),
    queryFn: () => unwrap(api.GET('/api/planner/projects/{id}', { params: { path: { id: projectId } } })),
  });

export const patchSetsQuery = (projectId: string) =>
  queryOptions({
    queryKey: keys.patchSets(projectId),
    queryFn: () =>
      unwrap(
        api.GET('/api/planner/patchsets', {
          params: { query: { project_id: projectId, limit: 50, sort: '-created_at' } },
        }),
      ),
  });

export const patchSetQuery = (id: string) =>
  queryOptions({
    queryKey: keys.patchSet(id),
    queryFn: () => unwrap(api.GET('/api/planner/patchsets/{id}', { params: { path: { id } } })),
  });

export const sessionsQuery = (projectId: string) =>
  queryOptions({
    queryKey: keys.sessions(projectId),
    queryFn: () =>
      unwrap(
        api.GET('/api/agent/sessions', {
          params: { query: { project_id: projectId, limit: 20, sort: '-updated_at' } },
        }),
      ),
  });

export const sessionQuery = (id: string) =>
  queryOptions({
    queryKey: keys.session(id),
    queryFn: () => unwrap(api.GET('/api/agent/sessions/{id}', { params: { path: { id } } })),
  });

/** The PatchSet as apply and validate take it: the proposal, without its stored lifecycle. */
export const patchSetBody = (stored: StoredPatchSet): Schemas['PatchSetDto'] => ({
  id: stored.id,
  format_version: stored.format_version,
  base: stored.base,
  source: stored.source,
  ops: stored.ops,
  ...(stored.rationale ? { rationale: stored.rationale } : {}),
});

/** A proposal just made: kept in the cache, so its review opens without another request. */
export function rememberProposal(client: QueryClient, stored: StoredPatchSet, validation: PatchValidation) {
  client.setQueryData(keys.patchSet(stored.id), { ...stored, validation });
}

/** After a PatchSet changed the project: its tree, its PatchSets and this one read again. */
export async function refreshAfterPatch(client: QueryClient, projectId: string | null, patchSetId: string) {
  await Promise.all([
    client.invalidateQueries({ queryKey: keys.patchSet(patchSetId) }),
    client.invalidateQueries({ queryKey: ['projects'] }),
    ...(projectId ? [client.invalidateQueries({ queryKey: keys.tree(projectId) })] : []),
  ]);
}
