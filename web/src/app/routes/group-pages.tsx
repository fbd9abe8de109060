import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { GroupPage } from '../../features/groups/components/group-page.js';
import { GroupsPage } from '../../features/groups/components/groups-page.js';
import { roleAtLeast } from '../../lib/roles.js';
import { paths } from '../paths.js';
import { useCollaborationContext } from './collaboration.js';

export function GroupsRoute() {
  const collaboration = useCollaborationContext();
  const navigate = useNavigate();
  const location = useLocation();
  const note = (location.state as { note?: unknown } | null)?.note;
  return (
    <GroupsPage
      key={collaboration.id}
      collaborationId={collaboration.id}
      canEdit={roleAtLeast(collaboration.myRole, 'coordinator')}
      groupPath={(groupId) => paths.group(collaboration.id, groupId)}
      onCreated={(group) => navigate(paths.group(collaboration.id, group.id))}
      note={typeof note === 'string' ? note : undefined}
    />
  );
}

export function GroupRoute() {
  const { t } = useTranslation();
  const collaboration = useCollaborationContext();
  const navigate = useNavigate();
  const { groupId = '' } = useParams();
  return (
    <GroupPage
      key={groupId}
      collaborationId={collaboration.id}
      groupId={groupId}
      canEdit={roleAtLeast(collaboration.myRole, 'coordinator')}
      parties={collaboration.parties}
      groupsPath={paths.groups(collaboration.id)}
      onRemoved={(group) => navigate(paths.groups(collaboration.id), { state: { note: t('groups.removed', { name: group.name }) } })}
    />
  );
}
