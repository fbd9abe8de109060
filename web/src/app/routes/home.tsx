import { CollaborationListPage } from '../../features/collaborations/components/collaboration-list-page.js';
import { paths } from '../paths.js';
import { useSessionContext } from './require-session.js';

export function HomeRoute() {
  const session = useSessionContext();
  return <CollaborationListPage pathOf={paths.collaboration} createPath={session.user.isSystemAdmin ? paths.createCollaboration : undefined} />;
}
