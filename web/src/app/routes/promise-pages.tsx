import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { getPlan } from '../../features/plans/api/get-plan.js';
import { useFocusAreas } from '../../features/plans/api/get-focus-areas.js';
import { usePlans } from '../../features/plans/api/get-plans.js';
import type { PlanActivities } from '../../features/promises/components/activity-picker.js';
import { PromisePage } from '../../features/promises/components/promise-page.js';
import { PromisesPage } from '../../features/promises/components/promises-page.js';
import { queryKeys } from '../../lib/query-keys.js';
import { roleAtLeast } from '../../lib/roles.js';
import { paths } from '../paths.js';
import { useCollaborationContext } from './collaboration.js';

// Medborgarlöften meet the plans feature here: the promise page gets the focus areas and every plan's activities as props.

export function PromisesRoute() {
  const collaboration = useCollaborationContext();
  const navigate = useNavigate();
  const location = useLocation();
  const note = (location.state as { note?: unknown } | null)?.note;
  return (
    <PromisesPage
      key={collaboration.id}
      collaborationId={collaboration.id}
      canEdit={roleAtLeast(collaboration.myRole, 'coordinator')}
      municipalities={collaboration.parties.filter((p) => p.kind === 'kommun')}
      promisePath={(promiseId) => paths.promise(collaboration.id, promiseId)}
      onCreated={(promise) => navigate(paths.promise(collaboration.id, promise.id))}
      note={typeof note === 'string' ? note : undefined}
    />
  );
}

/** Every plan of the collaboration with its activities, in the plans list's order; undefined until all have loaded. */
export function usePlanActivities(collaborationId: string): PlanActivities[] | undefined {
  const plans = usePlans(collaborationId);
  return useQueries({
    queries: (plans.data ?? []).map((plan) => ({
      queryKey: queryKeys.plan(collaborationId, plan.id),
      queryFn: () => getPlan(collaborationId, plan.id),
    })),
    combine: (results) => {
      if (!plans.data || results.some((r) => !r.data)) return undefined;
      return results.flatMap((r) => (r.data ? [{ id: r.data.id, title: r.data.title, activities: r.data.activities }] : []));
    },
  });
}

export function PromiseRoute() {
  const { t } = useTranslation();
  const collaboration = useCollaborationContext();
  const navigate = useNavigate();
  const { promiseId = '' } = useParams();
  const focusAreas = useFocusAreas(collaboration.id);
  const plans = usePlanActivities(collaboration.id);
  return (
    <PromisePage
      key={promiseId}
      collaborationId={collaboration.id}
      promiseId={promiseId}
      canEdit={roleAtLeast(collaboration.myRole, 'coordinator')}
      parties={collaboration.parties}
      focusAreas={focusAreas.data ?? []}
      plans={plans}
      promisesPath={paths.promises(collaboration.id)}
      activityPath={(activityId) => paths.activity(collaboration.id, activityId)}
      onRemoved={(promise) => navigate(paths.promises(collaboration.id), { state: { note: t('promises.removed', { title: promise.title }) } })}
    />
  );
}
