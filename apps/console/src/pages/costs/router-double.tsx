import type { ReactNode } from 'react';
import { vi } from 'vitest';

/** The URL a component test's page is at; set before rendering. */
export const at: { search: Record<string, unknown>; params: Record<string, string> } = {
  search: {},
  params: {},
};

export const navigate = vi.fn(() => Promise.resolve());

/** TanStack Router's hooks and Link as a page under test uses them, without a router. */
export const useSearch = () => at.search;
export const useParams = () => at.params;
export const useNavigate = () => navigate;

export function Link({
  children,
  to,
  params,
  search,
  className,
  ...rest
}: {
  children: ReactNode;
  to: string;
  params?: Record<string, string>;
  search?: Record<string, unknown>;
  className?: string;
  'aria-current'?: 'page' | 'true';
}) {
  const path = Object.entries(params ?? {}).reduce(
    (url, [name, value]) => url.replace(`$${name}`, value),
    to,
  );
  const query = new URLSearchParams(
    Object.entries(search ?? {}).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, String(value)]],
    ),
  ).toString();
  return (
    <a href={query ? `${path}?${query}` : path} className={className} aria-current={rest['aria-current']}>
      {children}
    </a>
  );
}
