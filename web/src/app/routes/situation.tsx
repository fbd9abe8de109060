import { useNavigate, useParams } from 'react-router';
import { useGroups } from '../../features/groups/api/get-groups.js';
import { ReportPage } from '../../features/situation/components/report-page.js';
import { ReportVersionPage } from '../../features/situation/components/report-version-page.js';
import { SituationPage } from '../../features/situation/components/situation-page.js';
import { roleAtLeast } from '../../lib/roles.js';
import { paths } from '../paths.js';
import { useCollaborationContext } from './collaboration.js';
import { ExportLink } from './documents.js';

export function SituationRoute() {
  const collaboration = useCollaborationContext();
  const navigate = useNavigate();
  const canEdit = roleAtLeast(collaboration.myRole, 'coordinator');
  return (
    <SituationPage
      key={collaboration.id}
      collaborationId={collaboration.id}
      canImport={canEdit}
      canEdit={canEdit}
      reportPath={(reportId) => paths.situationReport(collaboration.id, reportId)}
      onCreated={(report) => navigate(paths.situationReport(collaboration.id, report.id))}
    />
  );
}

export function SituationReportRoute() {
  const collaboration = useCollaborationContext();
  const { reportId = '' } = useParams();
  // Groups belong to their own feature; the app layer hands the adopting groups to the report page.
  const groups = useGroups(collaboration.id);
  return (
    <>
      <ReportPage
        key={reportId}
        collaborationId={collaboration.id}
        reportId={reportId}
        canEdit={roleAtLeast(collaboration.myRole, 'coordinator')}
        canReport={roleAtLeast(collaboration.myRole, 'contributor')}
        groups={(groups.data ?? []).map((g) => ({ id: g.id, name: g.name, validFrom: g.validFrom, validTo: g.validTo }))}
        situationPath={paths.situation(collaboration.id)}
        problemsPath={`${paths.collaboration(collaboration.id)}/problem?lagesbild=${encodeURIComponent(reportId)}`}
        versionPath={(number) => paths.situationReportVersion(collaboration.id, reportId, number)}
      />
      <ExportLink kind="situation-report" subjectId={reportId} />
    </>
  );
}

export function SituationReportVersionRoute() {
  const collaboration = useCollaborationContext();
  const { reportId = '', number = '1' } = useParams();
  return (
    <ReportVersionPage
      key={`${reportId}-${number}`}
      collaborationId={collaboration.id}
      reportId={reportId}
      number={Number(number)}
      reportPath={paths.situationReport(collaboration.id, reportId)}
    />
  );
}
