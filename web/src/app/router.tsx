import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Layout } from './layout.js';
import { AccountRoute } from './routes/account.js';
import { AgreementRoute, AgreementsRoute } from './routes/agreement-pages.js';
import { CollaborationRoute } from './routes/collaboration.js';
import { AuditRoute, CalendarRoute, MembersRoute, OverviewRoute, TokensRoute } from './routes/collaboration-pages.js';
import { CreateCollaborationRoute } from './routes/create-collaboration.js';
import { DocumentImportRoute } from './routes/document-import.js';
import { DocumentsRoute } from './routes/documents.js';
import { GroupRoute, GroupsRoute } from './routes/group-pages.js';
import { HomeRoute } from './routes/home.js';
import { NotFoundRoute } from './routes/not-found.js';
import { ActivityRoute, FollowUpRoute, PlanRoute, PlansRoute } from './routes/plan-pages.js';
import { PromiseRoute, PromisesRoute } from './routes/promise-pages.js';
import { RequireSession } from './routes/require-session.js';
import { RouteError } from './routes/route-error.js';
import { SignInRoute } from './routes/sign-in.js';
import { ProblemsRoute } from './routes/problem-pages.js';
import { SituationReportRoute, SituationReportVersionRoute, SituationRoute } from './routes/situation.js';
import { IndicatorsRoute } from './routes/indicators.js';

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
                  { index: true, element: <OverviewRoute /> },
                  { path: 'medlemmar', element: <MembersRoute /> },
                  { path: 'logg', element: <AuditRoute /> },
                  { path: 'api-nycklar', element: <TokensRoute /> },
                  { path: 'planer', element: <PlansRoute /> },
                  { path: 'planer/:planId', element: <PlanRoute /> },
                  { path: 'planer/:planId/uppfoljning', element: <FollowUpRoute /> },
                  { path: 'aktiviteter/:activityId', element: <ActivityRoute /> },
                  { path: 'avtal', element: <AgreementsRoute /> },
                  { path: 'avtal/:agreementId', element: <AgreementRoute /> },
                  { path: 'grupper', element: <GroupsRoute /> },
                  { path: 'grupper/:groupId', element: <GroupRoute /> },
                  { path: 'medborgarloften', element: <PromisesRoute /> },
                  { path: 'medborgarloften/:promiseId', element: <PromiseRoute /> },
                  { path: 'kalender', element: <CalendarRoute /> },
                  { path: 'lagesbild', element: <SituationRoute /> },
                  { path: 'problem', element: <ProblemsRoute /> },
                  { path: 'lagesbild/:reportId', element: <SituationReportRoute /> },
                  { path: 'lagesbild/:reportId/version/:number', element: <SituationReportVersionRoute /> },
                  { path: 'indikatorer', element: <IndicatorsRoute /> },
                  { path: 'importera', element: <DocumentImportRoute /> },
                  { path: 'dokument', element: <DocumentsRoute /> },
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
