import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client';
import { Empty, ErrorPanel, PageHeader, QueryState, StatusBadge } from '../../ui/states';
import { ChatPanel } from './ChatPanel';
import { PatchReview } from './PatchReview';
import { PatchSetList } from './PatchSetList';
import { PlanPanel } from './PlanPanel';
import { keys, rememberProposal, treeQuery, type TaskNode } from './projects-api';
import { PANELS, type Panel, type ProjectSearch } from './search';
import { taskNames, TaskTree } from './TaskTree';
import './projects.css';

const route = getRouteApi('/app/projects/$projectId');

const PANEL_LABELS: Record<Panel, string> = { plan: 'Plan', chat: 'Chat', history: 'PatchSets' };

/**
 * A project: its task tree (fold, edit inline) beside the planner — propose a change in words,
 * ask in the chat or decompose a task, then review the PatchSet as a diff, apply, reject or undo.
 */
export function ProjectPage() {
  const { projectId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const client = useQueryClient();
  const tree = useQuery(treeQuery(projectId));
  const panel = search.panel ?? 'plan';

  const go = (change: Partial<ProjectSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...change }), replace: false });

  const decompose = useMutation({
    mutationFn: (task: TaskNode) =>
      unwrap(api.POST('/api/tasks/{id}/decompose', { params: { path: { id: task.id } }, body: {} })),
    onSuccess: async (answer) => {
      rememberProposal(client, answer.patch_set, answer.validation);
      await client.invalidateQueries({ queryKey: keys.patchSets(projectId) });
      go({ review: answer.patch_set.id });
    },
  });

  const names = taskNames(tree.data?.tasks ?? []);
  return (
    <>
      <p className="crumbs">
        <Link to="/projects">Projects</Link>
      </p>
      <QueryState query={tree} what="the project">
        {(project) => (
          <>
            <PageHeader title={project.name}>
              <StatusBadge status={project.status} />
              <span className="muted">
                {project.task_count} task{project.task_count === 1 ? '' : 's'} · version {project.version}
              </span>
            </PageHeader>
            {project.description ? <p className="muted">{project.description}</p> : null}
            <div className="project-layout">
              <section className="panel tree-panel" aria-labelledby="tree-heading">
                <h2 id="tree-heading">Tasks</h2>
                {decompose.error ? <ErrorPanel error={decompose.error} title="Not decomposed" /> : null}
                {project.tasks.length === 0 ? (
                  <Empty>No tasks yet: propose a plan to fill the tree.</Empty>
                ) : (
                  <TaskTree
                    tasks={project.tasks}
                    names={names}
                    editing={search.task}
                    onEdit={(task) => go({ task })}
                    onSaved={() => {
                      go({ task: undefined });
                      void client.invalidateQueries({ queryKey: keys.tree(projectId) });
                    }}
                    onDecompose={(task) => decompose.mutate(task)}
                    decomposing={decompose.isPending ? decompose.variables.id : undefined}
                  />
                )}
              </section>
              <div className="planner-side">
                {search.review ? (
                  <PatchReview
                    key={search.review}
                    patchSetId={search.review}
                    names={names}
                    onClose={() => go({ review: undefined })}
                  />
                ) : null}
                <div className="tabs" role="tablist" aria-label="Planner">
                  {PANELS.map((name) => (
                    <Link
                      key={name}
                      role="tab"
                      aria-selected={panel === name}
                      to="/projects/$projectId"
                      params={{ projectId }}
                      search={(prev) => ({ ...prev, panel: name })}
                    >
                      {PANEL_LABELS[name]}
                    </Link>
                  ))}
                </div>
                <div role="tabpanel" aria-label={PANEL_LABELS[panel]}>
                  {panel === 'plan' ? (
                    <PlanPanel projectId={projectId} onProposed={(review) => go({ review })} />
                  ) : null}
                  {panel === 'chat' ? (
                    <ChatPanel
                      projectId={projectId}
                      sessionId={search.session}
                      onSession={(session) => go({ session })}
                      onReview={(review) => go({ review })}
                    />
                  ) : null}
                  {panel === 'history' ? (
                    <PatchSetList projectId={projectId} selected={search.review} />
                  ) : null}
                </div>
              </div>
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
