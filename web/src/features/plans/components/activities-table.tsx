import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.js';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import type { Activity, FocusArea, Organisation } from '../../../lib/api-types.js';
import { useLocale } from '../../../lib/i18n.js';
import { joinList } from '../../../lib/list-text.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';

interface ActivitiesTableProps {
  activities: readonly Activity[];
  focusAreas: readonly FocusArea[];
  parties: readonly Organisation[];
  activityPath: (activityId: string) => string;
  canEdit: boolean;
  onEdit: (activity: Activity) => void;
  onRemove: (activity: Activity) => void;
  removing: boolean;
  /** Move a row one step up (-1) or down (+1) in the plan. */
  onMove: (index: number, step: -1 | 1) => void;
}

export function editButtonId(activityId: string): string {
  return `edit-activity-${activityId}`;
}

export function moveButtonId(activityId: string, step: -1 | 1): string {
  return `move-activity-${step < 0 ? 'up' : 'down'}-${activityId}`;
}

/** The plan as its users write it: Fokusområde · Vad · När · Samverkan · Ansvarig · Uppföljning; one card per row on a phone. */
export function ActivitiesTable({ activities, focusAreas, parties, activityPath, canEdit, onEdit, onRemove, removing, onMove }: ActivitiesTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const organisationLabel = useOrganisationLabel();
  const focusAreaName = (id: string | null) => focusAreas.find((f) => f.id === id)?.name ?? t('common.empty');
  const partyOf = (id: string | null) => parties.find((p) => p.id === id);

  return (
    <TableRegion labelledBy="activities-caption">
      <table className="table table--stack table--plan" role="table">
        <caption id="activities-caption" className="visually-hidden">
          {t('activities.caption')}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t('activities.focusArea')}</th>
            <th scope="col" role="columnheader">{t('activities.what')}</th>
            <th scope="col" role="columnheader">{t('activities.when')}</th>
            <th scope="col" role="columnheader">{t('activities.partners')}</th>
            <th scope="col" role="columnheader">{t('activities.responsible')}</th>
            <th scope="col" role="columnheader">{t('activities.followUpMeasure')}</th>
            {canEdit ? <th scope="col" role="columnheader">{t('common.actions')}</th> : null}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {activities.map((activity, index) => {
            const party = partyOf(activity.responsibleOrganisationId);
            return (
              <tr role="row" key={activity.id}>
                <td role="cell" data-label={t('activities.focusArea')}>{focusAreaName(activity.focusAreaId)}</td>
                <th scope="row" role="rowheader" className="pre-line">
                  <Link to={activityPath(activity.id)}>{activity.what}</Link>
                </th>
                <td role="cell" data-label={t('activities.when')}>
                  <span className="pre-line">{activity.whenText || t('common.empty')}</span>
                  <span className="frequency-target">{t('activities.target', { label: activity.frequencyLabel[locale] })}</span>
                </td>
                <td role="cell" data-label={t('activities.partners')}>{joinList(activity.partners) || t('common.empty')}</td>
                <td role="cell" data-label={t('activities.responsible')}>
                  {activity.responsible || (party ? null : t('common.empty'))}
                  {party ? <span className="muted block">{organisationLabel(party)}</span> : null}
                </td>
                <td role="cell" data-label={t('activities.followUpMeasure')} className="pre-line">
                  {activity.followUpMeasure || t('common.empty')}
                </td>
                {canEdit ? (
                  <td role="cell">
                    <div className="row-actions">
                      <Button
                        id={moveButtonId(activity.id, -1)}
                        variant="secondary"
                        aria-label={t('plans.order.upNamed', { name: activity.what })}
                        disabled={index === 0}
                        onClick={() => onMove(index, -1)}
                      >
                        {t('plans.order.up')}
                      </Button>
                      <Button
                        id={moveButtonId(activity.id, 1)}
                        variant="secondary"
                        aria-label={t('plans.order.downNamed', { name: activity.what })}
                        disabled={index === activities.length - 1}
                        onClick={() => onMove(index, 1)}
                      >
                        {t('plans.order.down')}
                      </Button>
                      <Button
                        id={editButtonId(activity.id)}
                        variant="secondary"
                        aria-label={t('activities.editNamed', { name: activity.what })}
                        onClick={() => onEdit(activity)}
                      >
                        {t('common.edit')}
                      </Button>
                      <ConfirmButton
                        label={t('common.remove')}
                        accessibleLabel={t('activities.removeNamed', { name: activity.what })}
                        question={t('activities.removeQuestion', { name: activity.what })}
                        confirmLabel={t('activities.removeConfirm')}
                        busy={removing}
                        onConfirm={() => onRemove(activity)}
                      />
                    </div>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
