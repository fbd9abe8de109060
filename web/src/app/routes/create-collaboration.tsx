import { useNavigate } from 'react-router';
import { CreateCollaborationPage } from '../../features/collaborations/components/create-collaboration-page.js';
import { paths } from '../paths.js';
import { NoAccess } from './no-access.js';
import { useSessionContext } from './require-session.js';

export function CreateCollaborationRoute() {
  const session = useSessionContext();
  const navigate = useNavigate();
  if (!session.user.isSystemAdmin) return <NoAccess />;
  return <CreateCollaborationPage onCreated={(created) => navigate(paths.collaboration(created.id))} />;
}
