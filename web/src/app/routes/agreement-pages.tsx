import { useNavigate, useParams } from 'react-router';
import { AgreementPage } from '../../features/agreements/components/agreement-page.js';
import { AgreementsPage } from '../../features/agreements/components/agreements-page.js';
import { roleAtLeast } from '../../lib/roles.js';
import { paths } from '../paths.js';
import { useCollaborationContext } from './collaboration.js';

export function AgreementsRoute() {
  const collaboration = useCollaborationContext();
  const navigate = useNavigate();
  return (
    <AgreementsPage
      key={collaboration.id}
      collaborationId={collaboration.id}
      canEdit={roleAtLeast(collaboration.myRole, 'coordinator')}
      agreementPath={(agreementId) => paths.agreement(collaboration.id, agreementId)}
      onCreated={(agreement) => navigate(paths.agreement(collaboration.id, agreement.id))}
    />
  );
}

export function AgreementRoute() {
  const collaboration = useCollaborationContext();
  const { agreementId = '' } = useParams();
  return (
    <AgreementPage
      key={agreementId}
      collaborationId={collaboration.id}
      agreementId={agreementId}
      canEdit={roleAtLeast(collaboration.myRole, 'coordinator')}
      canTerminate={roleAtLeast(collaboration.myRole, 'admin')}
      parties={collaboration.parties}
      agreementsPath={paths.agreements(collaboration.id)}
    />
  );
}
