import { SituationPage } from '../../features/situation/components/situation-page.js';
import { roleAtLeast } from '../../lib/roles.js';
import { useCollaborationContext } from './collaboration.js';

export function SituationRoute() {
  const collaboration = useCollaborationContext();
  return <SituationPage key={collaboration.id} collaborationId={collaboration.id} canImport={roleAtLeast(collaboration.myRole, 'coordinator')} />;
}
