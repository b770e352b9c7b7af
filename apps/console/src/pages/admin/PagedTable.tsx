import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { count } from '../../ui/format';
import { Empty, QueryState } from '../../ui/states';

export const PER_PAGE = 25;

export interface Column<T> {
  label: string;
  render: (row: T) => ReactNode;
  num?: boolean;
}

export interface RegistryPage<T> {
  items: T[];
  total?: number;
}

/**
 * One page of a registry list (data-api's `page`/`per_page`, the total counted), the page number
 * kept in the URL (`?page=`), with previous and next links. Loading, failed and empty are shown.
 */
export function PagedTable<T extends { id: string }>({
  what,
  queryKey,
  load,
  columns,
  page,
  empty,
}: {
  what: string;
  queryKey: readonly unknown[];
  load: (page: number) => Promise<RegistryPage<T>>;
  columns: Column<T>[];
  page: number;
  empty?: ReactNode;
}) {
  const { section } = useParams({ strict: false });
  const rows = useQuery({
    queryKey: [...queryKey, page],
    queryFn: () => load(page),
    placeholderData: keepPreviousData,
  });
  const pages =
    rows.data?.total === undefined ? undefined : Math.max(1, Math.ceil(rows.data.total / PER_PAGE));
  const more = pages === undefined ? (rows.data?.items.length ?? 0) === PER_PAGE : page < pages;
  const link = (to: number) => ({
    to: '/admin/$section' as const,
    params: { section: section ?? 'users' },
    search: to > 1 ? { page: to } : {},
  });
  return (
    <QueryState query={rows} what={what}>
      {(data) =>
        data.items.length === 0 && page === 1 ? (
          <Empty>{empty ?? `No ${what} yet.`}</Empty>
        ) : (
          <>
            <table aria-label={what} aria-busy={rows.isFetching}>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column.label} className={column.num ? 'num' : undefined}>
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.items.map((row) => (
                  <tr key={row.id}>
                    {columns.map((column) => (
                      <td key={column.label} className={column.num ? 'num' : undefined}>
                        {column.render(row)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <nav className="pager" aria-label={`Pages of ${what}`}>
              {page > 1 ? <Link {...link(page - 1)}>← Previous</Link> : <span />}
              <span className="muted">
                Page {page}
                {pages === undefined ? '' : ` of ${pages}`}
                {data.total === undefined ? '' : ` · ${count(data.total)} in all`}
              </span>
              {more ? <Link {...link(page + 1)}>Next →</Link> : <span />}
            </nav>
          </>
        )
      }
    </QueryState>
  );
}

/** data-api's list query for a page: newest first, counted. */
export const pageQuery = (page: number) => ({
  page,
  per_page: PER_PAGE,
  count: true,
  sort: '-created_at',
});
