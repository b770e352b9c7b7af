import { PROJECT_STATUSES, type ProjectFilters, type ProjectStatus } from './projects-api';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const only = <T extends Record<string, unknown>>(values: T): T =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as T;

/** The projects list's search: its filters and page, and the new project's plan under review. */
export interface ProjectsSearch extends ProjectFilters {
  review?: string;
}

/** `/projects?name=…&status=…&cursor=…&review=…`, shareable. */
export function validateProjectsSearch(search: Record<string, unknown>): ProjectsSearch {
  const status = text(search.status);
  return only({
    name: text(search.name),
    status: PROJECT_STATUSES.includes(status as ProjectStatus) ? (status as ProjectStatus) : undefined,
    cursor: text(search.cursor),
    review: text(search.review),
  });
}

export const PANELS = ['plan', 'chat', 'history'] as const;
export type Panel = (typeof PANELS)[number];

/** `/projects/$id?panel=…&review=…&session=…&task=…`: the open panel, the PatchSet reviewed, the chat, the task edited. */
export interface ProjectSearch {
  panel?: Panel;
  review?: string;
  session?: string;
  task?: string;
}

export function validateProjectSearch(search: Record<string, unknown>): ProjectSearch {
  const panel = text(search.panel);
  return only({
    panel: PANELS.includes(panel as Panel) ? (panel as Panel) : undefined,
    review: text(search.review),
    session: text(search.session),
    task: text(search.task),
  });
}
