import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Navigate,
  Outlet,
  useRouter,
} from '@tanstack/react-router';
import { useState } from 'react';
import { meQuery, SessionProvider, useMe } from './auth';
import { AppLayout } from './components/app-layout';
import { QueryState } from './components/query-state';
import { queryClient } from './query-client';
import {
  directiveListSearch,
  loginSearch,
  matrixSearch,
  queuesSearch,
  reportSearch,
  searchSearch,
  type WorkSearch,
  workSearch,
} from './search-params';
import { workCountsQuery, workFilters, workListQuery } from './work-queries';

/**
 * The app's screens, each a route module loaded when first opened (its own script chunk): the first
 * load carries only React, the router, the query cache, the layout and the screen opened. Filters,
 * search words and pages live in the URL (`validateSearch`), so a list reloads, is shared as a link,
 * and comes back with Back as it was.
 */
const rootRoute = createRootRoute({ component: Outlet });

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dang-nhap',
  validateSearch: loginSearch,
  component: lazyRouteComponent(() => import('./pages/login'), 'LoginScreen'),
});

/** To the login form, which comes back to the path opened here (read once: it changes on the way). */
function ToLogin() {
  const router = useRouter();
  const [href] = useState(() => router.state.location.href);
  return <Navigate to="/dang-nhap" search={href === '/' ? {} : { redirect: href }} replace />;
}

/** Every other screen needs a session; without one, the login screen. */
function Authenticated() {
  const me = useMe();
  return (
    <QueryState query={me}>
      {(user) =>
        user ? (
          <SessionProvider user={user}>
            <AppLayout />
          </SessionProvider>
        ) : (
          <ToLogin />
        )
      }
    </QueryState>
  );
}

const appRoute = createRoute({ getParentRoute: () => rootRoute, id: 'app', component: Authenticated });

function Home() {
  const me = useMe();
  // the first screen follows what the server says the user may do, not its role's name
  const may = me.data?.abilities;
  if (!may?.seesAllUnits) return <Navigate to="/viec" />;
  if (may.canVerify && !may.canAdmin) return <Navigate to="/hang-cho" />;
  return <Navigate to="/tong-hop" />;
}

/**
 * The work list's reads, started as soon as the route is matched: beside its chunks, not after them.
 * Nothing waits for them here (the screen shows its own loading state).
 */
function startWorkList(search: WorkSearch, mine: boolean) {
  queryClient
    .ensureQueryData(meQuery)
    .then((user) => {
      if (!user) return;
      const filters = workFilters(search, mine, user.unit?.id);
      void queryClient.prefetchQuery(workListQuery(filters));
      void queryClient.prefetchQuery(workCountsQuery(filters));
    })
    // no session, or no network: the screens say so themselves
    .catch(() => undefined);
}

const routes = [
  createRoute({ getParentRoute: () => appRoute, path: '/', component: Home }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/viec',
    validateSearch: workSearch,
    loaderDeps: ({ search }) => search,
    loader: ({ deps }) => startWorkList(deps, true),
    component: lazyRouteComponent(() => import('./pages/work'), 'MyWorkScreen'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/danh-sach',
    validateSearch: workSearch,
    loaderDeps: ({ search }) => search,
    loader: ({ deps }) => startWorkList(deps, false),
    component: lazyRouteComponent(() => import('./pages/work'), 'WorkListScreen'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/nhiem-vu/$id',
    component: lazyRouteComponent(() => import('./pages/assignment'), 'AssignmentScreen'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/van-ban/$id',
    validateSearch: matrixSearch,
    component: lazyRouteComponent(() => import('./pages/review'), 'DirectiveScreen'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/van-ban',
    validateSearch: directiveListSearch,
    component: lazyRouteComponent(() => import('./pages/directives'), 'DirectivesScreen'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/hang-cho',
    validateSearch: queuesSearch,
    component: lazyRouteComponent(() => import('./pages/queues'), 'QueuesScreen'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/nhap-van-ban',
    component: lazyRouteComponent(() => import('./pages/import'), 'ImportScreen'),
  }),
  // ECharts is the largest library: only the dashboard's chunk carries it
  createRoute({
    getParentRoute: () => appRoute,
    path: '/tong-hop',
    component: lazyRouteComponent(() => import('./pages/dashboard'), 'DashboardPage'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/bao-cao',
    validateSearch: reportSearch,
    component: lazyRouteComponent(() => import('./pages/reports'), 'ReportsScreen'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/tim-kiem',
    validateSearch: searchSearch,
    component: lazyRouteComponent(() => import('./pages/search'), 'SearchScreen'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/huong-dan',
    component: lazyRouteComponent(() => import('./pages/help'), 'HelpPage'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/quan-tri',
    component: lazyRouteComponent(() => import('./pages/admin'), 'AdminScreen'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/ma-truy-cap',
    component: lazyRouteComponent(() => import('./pages/api-tokens'), 'ApiTokensPage'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/tai-khoan',
    component: lazyRouteComponent(() => import('./pages/account'), 'AccountPage'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/thong-bao',
    component: lazyRouteComponent(() => import('./pages/notifications'), 'NotificationsScreen'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/cau-hinh-nhac-viec',
    component: lazyRouteComponent(() => import('./pages/reminder-settings'), 'ReminderSettingsScreen'),
  }),
];

export const router = createRouter({
  routeTree: rootRoute.addChildren([loginRoute, appRoute.addChildren(routes)]),
  defaultNotFoundComponent: () => <Navigate to="/" />,
  // a link hovered or touched fetches its screen's chunk before the click
  defaultPreload: 'intent',
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
