import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Empty, QueryState, StatusBadge } from '../../ui/states';
import { when } from '../../ui/format';
import { patchSetsQuery } from './projects-api';

/** The project's PatchSets, newest first, each opening its review. */
export function PatchSetList({ projectId, selected }: { projectId: string; selected: string | undefined }) {
  const query = useQuery(patchSetsQuery(projectId));
  return (
    <QueryState query={query} what="the PatchSets">
      {(page) =>
        page.items.length === 0 ? (
          <Empty>No PatchSets yet: propose a plan, decompose a task or ask in the chat.</Empty>
        ) : (
          <table className="patchsets">
            <thead>
              <tr>
                <th>Proposed</th>
                <th>From</th>
                <th>Status</th>
                <th className="num">Ops</th>
                <th>Rationale</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((patch) => (
                <tr key={patch.id} aria-current={patch.id === selected ? 'true' : undefined}>
                  <td>
                    <Link
                      to="/projects/$projectId"
                      params={{ projectId }}
                      search={(prev) => ({ ...prev, panel: 'history', review: patch.id })}
                    >
                      {when(patch.created_at)}
                    </Link>
                  </td>
                  <td>{patch.source.endpoint}</td>
                  <td>
                    <StatusBadge status={patch.status} />
                  </td>
                  <td className="num">{patch.ops.length}</td>
                  <td className="rationale-cell">{patch.rationale ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    </QueryState>
  );
}
