import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { meQuery } from './auth';
import { Layout } from './Layout';
import { LoginPage } from '../pages/login/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { PageError } from '../pages/PageError';
import { validateJobsSearch } from '../pages/ci/search';
import { validateAdminSearch } from '../pages/admin/admin-search';
import { validateCostsSearch } from '../pages/costs/costs-search';
import { validateRunSearch, validateRunsSearch } from '../pages/runs/search';
import { validateProjectSearch, validateProjectsSearch } from '../pages/projects/search';

export interface RouterContext {
  queryClient: QueryClient;
}

/**
 * The console's pages. Their paths are the console's own: the gateway proxies `/runs`, `/jobs`,
 * `/api` and `/auth` to the services, so agent runs live under `/delivery` and CI jobs under `/ci`.
 * Each page but login is a chunk of its own, loaded when first opened.
 */
const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { next?: string } =>
    typeof search.next === 'string' && search.next.startsWith('/') ? { next: search.next } : {},
  component: LoginPage,
});

/** Every page but login: a visitor who is not logged in is sent to log in, and back here after. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  component: Layout,
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me === null) throw redirect({ to: '/login', search: { next: location.href } });
  },
});

const page = <TPath extends string>(
  path: TPath,
  load: () => Promise<Record<string, unknown>>,
  name: string,
) =>
  createRoute({
    getParentRoute: () => appRoute,
    path,
    component: lazyRouteComponent(load as () => Promise<Record<string, never>>, name as never),
  });

const homeRoute = page('/', () => import('../pages/home/HomePage'), 'HomePage');
export const projectsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/projects',
  validateSearch: validateProjectsSearch,
  component: lazyRouteComponent(() => import('../pages/projects/ProjectsPage'), 'ProjectsPage'),
});
export const projectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/projects/$projectId',
  validateSearch: validateProjectSearch,
  component: lazyRouteComponent(() => import('../pages/projects/ProjectPage'), 'ProjectPage'),
});
export const runsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/delivery',
  validateSearch: validateRunsSearch,
  component: lazyRouteComponent(() => import('../pages/runs/RunsPage'), 'RunsPage'),
});
export const runRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/delivery/$runId',
  validateSearch: validateRunSearch,
  component: lazyRouteComponent(() => import('../pages/runs/RunPage'), 'RunPage'),
});
export const jobsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ci',
  validateSearch: validateJobsSearch,
  component: lazyRouteComponent(() => import('../pages/ci/JobsPage'), 'JobsPage'),
});
export const jobRoute = page('/ci/$jobId', () => import('../pages/ci/JobPage'), 'JobPage');
export const costsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/costs',
  validateSearch: validateCostsSearch,
  component: lazyRouteComponent(() => import('../pages/costs/CostsPage'), 'CostsPage'),
});
export const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin',
  validateSearch: validateAdminSearch,
  component: lazyRouteComponent(() => import('../pages/admin/AdminPage'), 'AdminPage'),
});
export const adminSectionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/$section',
  validateSearch: validateAdminSearch,
  component: lazyRouteComponent(() => import('../pages/admin/AdminPage'), 'AdminPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    projectsRoute,
    projectRoute,
    runsRoute,
    runRoute,
    jobsRoute,
    jobRoute,
    costsRoute,
    adminRoute,
    adminSectionRoute,
  ]),
]);

export function makeRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // A page that throws shows what broke, with the way back, instead of a blank screen.
    defaultErrorComponent: PageError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof makeRouter>;
  }
}
