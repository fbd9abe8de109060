import { useFocusAreas } from '../../features/plans/api/get-focus-areas.js';
import { IndicatorsPage } from '../../features/indicators/components/indicators-page.js';
import { useSeries } from '../../features/situation/api/get-series.js';
import { roleAtLeast } from '../../lib/roles.js';
import { useCollaborationContext } from './collaboration.js';
import { usePlanActivities } from './promise-pages.js';

// Indicators meet the plans (focus areas, activities to count) and the lägesbild (imported series) here.
export function IndicatorsRoute() {
  const collaboration = useCollaborationContext();
  const canEdit = roleAtLeast(collaboration.myRole, 'coordinator');
  const focusAreas = useFocusAreas(collaboration.id);
  const plans = usePlanActivities(collaboration.id);
  const series = useSeries(collaboration.id);
  return (
    <IndicatorsPage
      key={collaboration.id}
      collaborationId={collaboration.id}
      canEdit={canEdit}
      canEnterValues={roleAtLeast(collaboration.myRole, 'contributor')}
      focusAreas={focusAreas.data ?? []}
      plans={plans}
      series={series.data ?? []}
    />
  );
}
