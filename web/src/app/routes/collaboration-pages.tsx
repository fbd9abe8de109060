import { AuditPage } from '../../features/audit/components/audit-page.js';
import { CalendarPage } from '../../features/calendar/components/calendar-page.js';
import { OverviewPage } from '../../features/collaborations/components/overview-page.js';
import { MembersPage } from '../../features/members/components/members-page.js';
import { TokensPage } from '../../features/tokens/components/tokens-page.js';
import { roleAtLeast } from '../../lib/roles.js';
import { useCollaborationContext } from './collaboration.js';
import { NoAccess } from './no-access.js';

// Thin wrappers: the collaboration comes from the route above, the page itself from its feature.

export function OverviewRoute() {
  const collaboration = useCollaborationContext();
  return <OverviewPage key={collaboration.id} collaboration={collaboration} />;
}

export function MembersRoute() {
  const collaboration = useCollaborationContext();
  return (
    <MembersPage
      key={collaboration.id}
      collaborationId={collaboration.id}
      collaborationName={collaboration.name}
      myRole={collaboration.myRole}
      parties={collaboration.parties}
    />
  );
}

export function AuditRoute() {
  const collaboration = useCollaborationContext();
  if (!roleAtLeast(collaboration.myRole, 'admin')) return <NoAccess />;
  return <AuditPage key={collaboration.id} collaborationId={collaboration.id} />;
}

export function TokensRoute() {
  const collaboration = useCollaborationContext();
  if (!roleAtLeast(collaboration.myRole, 'admin')) return <NoAccess />;
  return <TokensPage key={collaboration.id} collaborationId={collaboration.id} />;
}

export function CalendarRoute() {
  const collaboration = useCollaborationContext();
  return <CalendarPage key={collaboration.id} collaborationId={collaboration.id} isAdmin={roleAtLeast(collaboration.myRole, 'admin')} />;
}
