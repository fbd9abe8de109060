import { useSearchParams } from 'react-router';
import { useFocusAreas } from '../../features/plans/api/get-focus-areas.js';
import { ProblemsPage } from '../../features/problems/components/problems-page.js';
import { roleAtLeast } from '../../lib/roles.js';
import { paths } from '../paths.js';
import { useCollaborationContext } from './collaboration.js';
import { usePlanActivities } from './promise-pages.js';

// Problems meet the plans feature here: the page gets the focus areas and every plan's activities as props.
export function ProblemsRoute() {
  const collaboration = useCollaborationContext();
  const [search] = useSearchParams();
  const reportId = search.get('lagesbild');
  const focusAreas = useFocusAreas(collaboration.id);
  const plans = usePlanActivities(collaboration.id);
  return (
    <ProblemsPage
      key={collaboration.id}
      collaborationId={collaboration.id}
      canEdit={roleAtLeast(collaboration.myRole, 'coordinator')}
      reportId={reportId}
      focusAreas={focusAreas.data ?? []}
      plans={plans}
      allProblemsPath={paths.problems(collaboration.id)}
      activityPath={(activityId) => paths.activity(collaboration.id, activityId)}
    />
  );
}
