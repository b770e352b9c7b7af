import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { count, when } from '../../ui/format';
import { Empty, ErrorPanel, PageHeader, QueryState, StatusBadge } from '../../ui/states';
import { PatchReview } from './PatchReview';
import { PROJECT_STATUSES, projectsQuery, rememberProposal, type ProjectStatus } from './projects-api';
import './projects.css';

const route = getRouteApi('/app/projects');

function CreateProject({ onCreated }: { onCreated: (id: string) => void }) {
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/projects', {
          body: {
            name: name.trim(),
            modules: [],
            ...(description.trim() ? { description: description.trim() } : {}),
          },
        }),
      ),
    onSuccess: async (project) => {
      await client.invalidateQueries({ queryKey: ['projects', 'list'] });
      onCreated(project.id);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="create-heading">
      <h2 id="create-heading">New project</h2>
      <label htmlFor="project-name">Name</label>
      <input
        id="project-name"
        value={name}
        required
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
      />
      <label htmlFor="project-description">Description</label>
      <textarea
        id="project-description"
        value={description}
        maxLength={10000}
        onChange={(e) => setDescription(e.target.value)}
      />
      <div className="actions">
        <button type="submit" disabled={create.isPending || name.trim() === ''}>
          {create.isPending ? 'Creating…' : 'Create project'}
        </button>
      </div>
      {create.error ? <ErrorPanel error={create.error} title="Project not created" /> : null}
    </form>
  );
}

/** An idea becomes a proposed PatchSet creating a whole project (the planner's generate). */
function PlanProject({ onProposed }: { onProposed: (patchSetId: string) => void }) {
  const client = useQueryClient();
  const [idea, setIdea] = useState('');
  const generate = useMutation({
    mutationFn: () => unwrap(api.POST('/api/planner/generate', { body: { idea: idea.trim() } })),
    onSuccess: (answer) => {
      rememberProposal(client, answer.patch_set, answer.validation);
      onProposed(answer.patch_set.id);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    generate.mutate();
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="idea-heading">
      <h2 id="idea-heading">Plan a project from an idea</h2>
      <label htmlFor="project-idea">Idea</label>
      <textarea
        id="project-idea"
        value={idea}
        placeholder="A shop with Stripe payments, search and email notifications"
        maxLength={20000}
        onChange={(e) => setIdea(e.target.value)}
      />
      <div className="actions">
        <button type="submit" disabled={generate.isPending || idea.trim() === ''}>
          {generate.isPending ? 'Planning…' : 'Propose a project'}
        </button>
      </div>
      {generate.error ? <ErrorPanel error={generate.error} title="No plan proposed" /> : null}
    </form>
  );
}

/** The projects the user sees, filtered and paged by the URL; create one, or plan one from an idea. */
export function ProjectsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filters = { name: search.name, status: search.status, cursor: search.cursor };
  const list = useQuery(projectsQuery(filters));
  const [name, setName] = useState(search.name ?? '');
  const open = (projectId: string) => void navigate({ to: '/projects/$projectId', params: { projectId } });

  const filter = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ search: (prev) => ({ ...prev, name: name.trim() || undefined, cursor: undefined }) });
  };
  return (
    <>
      <PageHeader title="Projects" />
      {search.review ? (
        <PatchReview
          key={search.review}
          patchSetId={search.review}
          onClose={() => void navigate({ search: (prev) => ({ ...prev, review: undefined }) })}
          onApplied={(result) => {
            if (result.project_id)
              void navigate({
                to: '/projects/$projectId',
                params: { projectId: result.project_id },
                search: { review: result.patch_set_id },
              });
          }}
        />
      ) : null}
      <div className="projects-layout">
        <section aria-labelledby="list-heading">
          <h2 id="list-heading" className="sr-only">
            All projects
          </h2>
          <form className="row filters" onSubmit={filter} role="search">
            <label>
              Name (exact)
              <input value={name} onChange={(e) => setName(e.target.value)} />
            </label>
            <label>
              Status
              <select
                value={search.status ?? ''}
                onChange={(e) =>
                  void navigate({
                    search: (prev) => ({
                      ...prev,
                      status: (e.target.value || undefined) as ProjectStatus | undefined,
                      cursor: undefined,
                    }),
                  })
                }
              >
                <option value="">Any</option>
                {PROJECT_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {status}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="secondary">
              Filter
            </button>
          </form>
          <QueryState query={list} what="the projects">
            {(page) =>
              page.items.length === 0 ? (
                <Empty>
                  {search.name || search.status ? 'No project matches.' : 'No projects yet: create one.'}
                </Empty>
              ) : (
                <>
                  <table className="projects">
                    <thead>
                      <tr>
                        <th>Name</th>
                        <th>Status</th>
                        <th>Created</th>
                        <th>Updated</th>
                      </tr>
                    </thead>
                    <tbody>
                      {page.items.map((project) => (
                        <tr key={project.id}>
                          <td>
                            <Link to="/projects/$projectId" params={{ projectId: project.id }}>
                              {project.name}
                            </Link>
                            {project.description ? (
                              <div className="muted clip">{project.description}</div>
                            ) : null}
                          </td>
                          <td>
                            <StatusBadge status={project.status} />
                          </td>
                          <td>{when(project.created_at)}</td>
                          <td>{when(project.updated_at)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <div className="actions pager">
                    {page.total !== undefined ? (
                      <span className="muted">{count(page.total)} in all</span>
                    ) : null}
                    {search.cursor ? (
                      <Link to="/projects" search={{ ...search, cursor: undefined }}>
                        First page
                      </Link>
                    ) : null}
                    {page.next_cursor ? (
                      <Link to="/projects" search={{ ...search, cursor: page.next_cursor ?? undefined }}>
                        Next page
                      </Link>
                    ) : null}
                  </div>
                </>
              )
            }
          </QueryState>
        </section>
        <aside>
          <CreateProject onCreated={open} />
          <PlanProject onProposed={(review) => void navigate({ search: (prev) => ({ ...prev, review }) })} />
        </aside>
      </div>
    </>
  );
}
