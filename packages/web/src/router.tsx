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
import { z } from 'zod';
import { SessionProvider, useMe } from './auth';
import { AppLayout } from './components/app-layout';
import { QueryState } from './components/query-state';
import { RestrictedScreen } from './components/restricted-screen';
import { AccountPage } from './pages/account';
import { AdminPage } from './pages/admin';
import { ApiTokensPage } from './pages/api-tokens';
import { AssignmentPage } from './pages/assignment';
import { DirectivesPage } from './pages/directives';
import { HelpPage } from './pages/help';
import { ImportPage } from './pages/import';
import { LoginPage } from './pages/login';
import { QueuesPage } from './pages/queues';
import { ReviewPage } from './pages/review';
import { SearchPage } from './pages/search';
import { WorkPage } from './pages/work';

const rootRoute = createRootRoute({ component: Outlet });

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dang-nhap',
  // the app path to return to after signing in (checked by safeRedirect before use)
  validateSearch: z.object({ redirect: z.string().optional().catch(undefined) }),
  component: function LoginRoute() {
    const { redirect } = loginRoute.useSearch();
    return <LoginPage redirect={redirect} />;
  },
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

const listSearch = z.object({
  color: z.string().optional(),
  timeliness: z.string().optional(),
  programme: z.string().optional(),
  unitId: z.coerce.number().optional(),
  flag: z.string().optional(),
  /** Only what the dashboard counts: its figures open the list with this. */
  lead: z.boolean().optional(),
  directiveId: z.coerce.number().optional(),
});

const listRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/danh-sach',
  validateSearch: listSearch,
  component: function ListRoute() {
    const search = listRoute.useSearch();
    return <WorkPage key={JSON.stringify(search)} initial={search} />;
  },
});

const assignmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhiem-vu/$id',
  component: function AssignmentRoute() {
    const { id } = assignmentRoute.useParams();
    return <AssignmentPage id={Number(id)} />;
  },
});

const directiveRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/van-ban/$id',
  component: function DirectiveRoute() {
    const { id } = directiveRoute.useParams();
    return <ReviewPage key={id} id={Number(id)} />;
  },
});

const directiveListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/van-ban',
  validateSearch: z.object({
    q: z.string().optional(),
    status: z.enum(['draft', 'published']).optional(),
    programme: z.string().optional(),
    year: z.coerce.number().int().optional(),
    page: z.coerce.number().int().min(1).optional(),
  }),
  component: function DirectiveListRoute() {
    return <DirectivesPage search={directiveListRoute.useSearch()} />;
  },
});

const routes = [
  createRoute({ getParentRoute: () => appRoute, path: '/', component: Home }),
  createRoute({ getParentRoute: () => appRoute, path: '/viec', component: () => <WorkPage mine /> }),
  listRoute,
  assignmentRoute,
  directiveRoute,
  directiveListRoute,
  createRoute({
    getParentRoute: () => appRoute,
    path: '/hang-cho',
    component: () => (
      <RestrictedScreen path="/hang-cho">
        <QueuesPage />
      </RestrictedScreen>
    ),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/nhap-van-ban',
    component: () => (
      <RestrictedScreen path="/nhap-van-ban">
        <ImportPage />
      </RestrictedScreen>
    ),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/tong-hop',
    // ECharts is half the script: only the dashboard loads it
    component: lazyRouteComponent(() => import('./pages/dashboard'), 'DashboardPage'),
  }),
  createRoute({ getParentRoute: () => appRoute, path: '/tim-kiem', component: SearchPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/huong-dan', component: HelpPage }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/quan-tri',
    component: () => (
      <RestrictedScreen path="/quan-tri">
        <AdminPage />
      </RestrictedScreen>
    ),
  }),
  createRoute({ getParentRoute: () => appRoute, path: '/ma-truy-cap', component: ApiTokensPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/tai-khoan', component: AccountPage }),
];

export const router = createRouter({
  routeTree: rootRoute.addChildren([loginRoute, appRoute.addChildren(routes)]),
  defaultNotFoundComponent: () => <Navigate to="/" />,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
