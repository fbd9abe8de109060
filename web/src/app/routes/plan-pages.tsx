import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ActivityLogSection } from '../../features/activity-log/components/activity-log-section.js';
import { ReportPanel } from '../../features/activity-log/components/report-panel.js';
import { useSession } from '../../features/auth/api/get-session.js';
import { ActivityFollowUp } from '../../features/follow-up/components/activity-follow-up.js';
import { DashboardPage } from '../../features/follow-up/components/dashboard-page.js';
import { useGroups } from '../../features/groups/api/get-groups.js';
import { IndicatorsOverview } from '../../features/indicators/components/indicators-overview.js';
import { useSituationReports } from '../../features/situation/api/situation-reports.js';
import { ActivityPage } from '../../features/plans/components/activity-page.js';
import { PlanPage } from '../../features/plans/components/plan-page.js';
import { PlansPage } from '../../features/plans/components/plans-page.js';
import { roleAtLeast } from '../../lib/roles.js';
import { paths } from '../paths.js';
import { useCollaborationContext } from './collaboration.js';
import { useMyOrganisation } from './use-my-organisation.js';
import { ExportLink } from './documents.js';

// Plans, follow-up and the activity log are three features; these wrappers put them together on one page
// where they meet (the dashboard's "Rapportera", the activity page's timeline and log).

/** The adopted lägesbilder a plan can start from (from the situation feature, handed to the plans feature). */
function useAdoptedReports(collaborationId: string) {
  const reports = useSituationReports(collaborationId);
  return (reports.data ?? []).flatMap((r) => (r.adoptedVersion ? [{ id: r.id, year: r.year, adoptedOn: r.adoptedVersion.adoptedOn }] : []));
}

export function PlansRoute() {
  const collaboration = useCollaborationContext();
  const navigate = useNavigate();
  const location = useLocation();
  const note = (location.state as { note?: unknown } | null)?.note;
  const groups = useGroups(collaboration.id);
  return (
    <PlansPage
      key={collaboration.id}
      collaborationId={collaboration.id}
      canEdit={roleAtLeast(collaboration.myRole, 'coordinator')}
      planPath={(planId) => paths.plan(collaboration.id, planId)}
      followUpPath={(planId) => paths.followUp(collaboration.id, planId)}
      onCreated={(plan) => navigate(paths.plan(collaboration.id, plan.id))}
      groups={groups.data ?? []}
      situationReports={useAdoptedReports(collaboration.id)}
      note={typeof note === 'string' ? note : undefined}
    />
  );
}

export function PlanRoute() {
  const { t } = useTranslation();
  const collaboration = useCollaborationContext();
  const navigate = useNavigate();
  const { planId = '' } = useParams();
  const groups = useGroups(collaboration.id);
  return (
    <>
      <PlanPage
        key={planId}
        collaborationId={collaboration.id}
        planId={planId}
        canEdit={roleAtLeast(collaboration.myRole, 'coordinator')}
        parties={collaboration.parties}
        groups={groups.data ?? []}
        situationReports={useAdoptedReports(collaboration.id)}
        situationReportPath={(reportId) => paths.situationReport(collaboration.id, reportId)}
        plansPath={paths.plans(collaboration.id)}
        followUpPath={paths.followUp(collaboration.id, planId)}
        activityPath={(activityId) => paths.activity(collaboration.id, activityId)}
        onRemoved={(plan) => navigate(paths.plans(collaboration.id), { state: { note: t('plans.removed', { title: plan.title }) } })}
      />
      <ExportLink kind="plan" subjectId={planId} />
    </>
  );
}

export function FollowUpRoute() {
  const collaboration = useCollaborationContext();
  const { planId = '' } = useParams();
  const organisation = useMyOrganisation(collaboration.id);
  const canReport = roleAtLeast(collaboration.myRole, 'contributor');
  return (
    <DashboardPage
      key={planId}
      collaborationId={collaboration.id}
      planId={planId}
      planPath={paths.plan(collaboration.id, planId)}
      activityPath={(activityId) => paths.activity(collaboration.id, activityId)}
      renderReport={
        canReport
          ? (activity) => <ReportPanel collaborationId={collaboration.id} activityId={activity.id} activityName={activity.what} organisation={organisation} />
          : undefined
      }
    >
      <IndicatorsOverview collaborationId={collaboration.id} indicatorsPath={paths.indicators(collaboration.id)} />
    </DashboardPage>
  );
}

export function ActivityRoute() {
  const collaboration = useCollaborationContext();
  const session = useSession();
  const { activityId = '' } = useParams();
  const organisation = useMyOrganisation(collaboration.id);
  const canReport = roleAtLeast(collaboration.myRole, 'contributor');
  return (
    <ActivityPage
      key={activityId}
      collaborationId={collaboration.id}
      activityId={activityId}
      canEdit={roleAtLeast(collaboration.myRole, 'coordinator')}
      parties={collaboration.parties}
      planPath={(planId) => paths.plan(collaboration.id, planId)}
      followUpPath={(planId) => paths.followUp(collaboration.id, planId)}
    >
      {(activity) => (
        <>
          <ActivityFollowUp collaborationId={collaboration.id} activityId={activity.id} />
          {canReport ? <ReportPanel collaborationId={collaboration.id} activityId={activity.id} organisation={organisation} /> : null}
          <ActivityLogSection
            collaborationId={collaboration.id}
            activityId={activity.id}
            currentUserId={session.data?.user.id ?? ''}
            canManageAll={roleAtLeast(collaboration.myRole, 'coordinator')}
            organisation={organisation}
          />
        </>
      )}
    </ActivityPage>
  );
}
