import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { count, when } from '../../ui/format';
import { Empty, Loading, QueryState } from '../../ui/states';
import { getArtifacts, PHASES, runKeys, type Artifact, type Phase, type RunDetail } from './runs-api';

// Markdown, highlighting and tables load with the first artifact opened.
const ArtifactView = lazy(() =>
  import('./ArtifactView').then((module) => ({ default: module.ArtifactView })),
);

/** The run's files by phase; the one open is in the URL (`?artifact=`), rendered beside the list. */
export function ArtifactsTab({
  run,
  phase,
  artifactId,
}: {
  run: RunDetail;
  phase?: Phase;
  artifactId?: string;
}) {
  const artifacts = useQuery({
    queryKey: runKeys.artifacts(run.run_id),
    queryFn: () => getArtifacts(run.run_id),
  });
  return (
    <QueryState query={artifacts} what="the artifacts">
      {(data) => {
        const byPhase = data.artifacts_by_phase;
        const all = PHASES.flatMap((name) => byPhase[name] ?? []);
        if (all.length === 0) return <Empty>The run has written no files yet.</Empty>;
        const open = all.find((artifact) => artifact.artifact_id === artifactId);
        const phases = PHASES.filter(
          (name) => (byPhase[name]?.length ?? 0) > 0 && (!phase || name === phase),
        );
        return (
          <div className="artifacts">
            <nav className="artifact-list" aria-label="Artifacts by phase">
              <p className="muted small">
                {count(data.total_count)} files
                {phase ? (
                  <>
                    {' · '}
                    <Link to="/delivery/$runId" params={{ runId: run.run_id }} search={{ tab: 'artifacts' }}>
                      all phases
                    </Link>
                  </>
                ) : null}
              </p>
              {phases.map((name) => (
                <section key={name}>
                  <h3>
                    <Link
                      to="/delivery/$runId"
                      params={{ runId: run.run_id }}
                      search={{ tab: 'artifacts', phase: name }}
                    >
                      {name}
                    </Link>
                  </h3>
                  <ul>
                    {(byPhase[name] ?? []).map((artifact) => (
                      <li key={artifact.artifact_id}>
                        <Link
                          to="/delivery/$runId"
                          params={{ runId: run.run_id }}
                          search={{ tab: 'artifacts', phase, artifact: artifact.artifact_id }}
                          className={artifact.artifact_id === artifactId ? 'active' : undefined}
                          aria-current={artifact.artifact_id === artifactId ? 'true' : undefined}
                        >
                          {artifact.name}
                        </Link>
                        <span className="muted small"> {count(artifact.size_bytes)} B</span>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </nav>
            <div className="artifact-pane">
              {open ? (
                <Suspense fallback={<Loading what="the viewer" />}>
                  <ArtifactHeader artifact={open} />
                  <ArtifactView runId={run.run_id} artifact={open} />
                </Suspense>
              ) : artifactId ? (
                <Empty>That file is not one of this run’s.</Empty>
              ) : (
                <Empty>Choose a file to read it here.</Empty>
              )}
            </div>
          </div>
        );
      }}
    </QueryState>
  );
}

function ArtifactHeader({ artifact }: { artifact: Artifact }) {
  return (
    <header className="artifact-head">
      <div>
        <h2>{artifact.name}</h2>
        <p className="muted small">
          {artifact.path} · {artifact.artifact_type} · {count(artifact.size_bytes)} bytes
          {artifact.agent_id ? ` · by ${artifact.agent_id}` : ''} · {when(artifact.created_at)}
        </p>
        {artifact.description ? <p>{artifact.description}</p> : null}
      </div>
      <a className="button secondary" href={artifact.download_url} download={artifact.name}>
        Download
      </a>
    </header>
  );
}
