import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Layout } from './layout.js';
import { AccountRoute } from './routes/account.js';
import { CollaborationRoute } from './routes/collaboration.js';
import { CreateCollaborationRoute } from './routes/create-collaboration.js';
import { HomeRoute } from './routes/home.js';
import { NotFoundRoute } from './routes/not-found.js';
import { RequireSession } from './routes/require-session.js';
import { RouteError } from './routes/route-error.js';
import { SignInRoute } from './routes/sign-in.js';

/**
 * The collaboration's pages are loaded when first visited (each its own chunk), so signing in and the
 * first page do not wait for every feature's code.
 */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => ({ Component: pick(await load()) });
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: 'logga-in', element: <SignInRoute /> },
          {
            element: <RequireSession />,
            children: [
              { index: true, element: <HomeRoute /> },
              { path: 'konto', element: <AccountRoute /> },
              { path: 'ny-samverkan', element: <CreateCollaborationRoute /> },
              {
                path: 'samverkan/:collaborationId',
                element: <CollaborationRoute />,
                children: [
                  { index: true, lazy: page(() => import('./routes/collaboration-pages.js'), (m) => m.OverviewRoute) },
                  { path: 'medlemmar', lazy: page(() => import('./routes/collaboration-pages.js'), (m) => m.MembersRoute) },
                  { path: 'logg', lazy: page(() => import('./routes/collaboration-pages.js'), (m) => m.AuditRoute) },
                  { path: 'api-nycklar', lazy: page(() => import('./routes/collaboration-pages.js'), (m) => m.TokensRoute) },
                  { path: 'planer', lazy: page(() => import('./routes/plan-pages.js'), (m) => m.PlansRoute) },
                  { path: 'planer/:planId', lazy: page(() => import('./routes/plan-pages.js'), (m) => m.PlanRoute) },
                  { path: 'planer/:planId/uppfoljning', lazy: page(() => import('./routes/plan-pages.js'), (m) => m.FollowUpRoute) },
                  { path: 'aktiviteter/:activityId', lazy: page(() => import('./routes/plan-pages.js'), (m) => m.ActivityRoute) },
                  { path: 'avtal', lazy: page(() => import('./routes/agreement-pages.js'), (m) => m.AgreementsRoute) },
                  { path: 'avtal/:agreementId', lazy: page(() => import('./routes/agreement-pages.js'), (m) => m.AgreementRoute) },
                  { path: 'grupper', lazy: page(() => import('./routes/group-pages.js'), (m) => m.GroupsRoute) },
                  { path: 'grupper/:groupId', lazy: page(() => import('./routes/group-pages.js'), (m) => m.GroupRoute) },
                  { path: 'medborgarloften', lazy: page(() => import('./routes/promise-pages.js'), (m) => m.PromisesRoute) },
                  { path: 'medborgarloften/:promiseId', lazy: page(() => import('./routes/promise-pages.js'), (m) => m.PromiseRoute) },
                  { path: 'kalender', lazy: page(() => import('./routes/collaboration-pages.js'), (m) => m.CalendarRoute) },
                  { path: 'lagesbild', lazy: page(() => import('./routes/situation.js'), (m) => m.SituationRoute) },
                  { path: 'problem', lazy: page(() => import('./routes/problem-pages.js'), (m) => m.ProblemsRoute) },
                  { path: 'lagesbild/:reportId', lazy: page(() => import('./routes/situation.js'), (m) => m.SituationReportRoute) },
                  { path: 'lagesbild/:reportId/version/:number', lazy: page(() => import('./routes/situation.js'), (m) => m.SituationReportVersionRoute) },
                  { path: 'indikatorer', lazy: page(() => import('./routes/indicators.js'), (m) => m.IndicatorsRoute) },
                  { path: 'importera', lazy: page(() => import('./routes/document-import.js'), (m) => m.DocumentImportRoute) },
                  { path: 'dokument', lazy: page(() => import('./routes/documents.js'), (m) => m.DocumentsRoute) },
                ],
              },
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
