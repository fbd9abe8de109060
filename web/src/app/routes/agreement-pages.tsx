import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { AgreementPage } from '../../features/agreements/components/agreement-page.js';
import { AgreementsPage } from '../../features/agreements/components/agreements-page.js';
import { useFocusAreas } from '../../features/plans/api/get-focus-areas.js';
import { roleAtLeast } from '../../lib/roles.js';
import { paths } from '../paths.js';
import { useCollaborationContext } from './collaboration.js';
import { ExportLink } from './documents.js';

export function AgreementsRoute() {
  const collaboration = useCollaborationContext();
  const navigate = useNavigate();
  const note = (useLocation().state as { note?: unknown } | null)?.note;
  return (
    <AgreementsPage
      key={collaboration.id}
      collaborationId={collaboration.id}
      canEdit={roleAtLeast(collaboration.myRole, 'coordinator')}
      agreementPath={(agreementId) => paths.agreement(collaboration.id, agreementId)}
      onCreated={(agreement) => navigate(paths.agreement(collaboration.id, agreement.id))}
      note={typeof note === 'string' ? note : undefined}
    />
  );
}

export function AgreementRoute() {
  const collaboration = useCollaborationContext();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { agreementId = '' } = useParams();
  // Focus areas belong to the plans feature; the app layer hands them to the agreement page.
  const focusAreas = useFocusAreas(collaboration.id);
  return (
    <>
      <AgreementPage
        key={agreementId}
        collaborationId={collaboration.id}
        agreementId={agreementId}
        canEdit={roleAtLeast(collaboration.myRole, 'coordinator')}
        canTerminate={roleAtLeast(collaboration.myRole, 'admin')}
        parties={collaboration.parties}
        focusAreas={focusAreas.data ?? []}
        agreementsPath={paths.agreements(collaboration.id)}
        onRemoved={(agreement) => navigate(paths.agreements(collaboration.id), { state: { note: t('agreements.removed', { title: agreement.title }) } })}
      />
      <ExportLink kind="agreement" subjectId={agreementId} />
    </>
  );
}
