import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.js';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import type { Activity, Organisation, Plan } from '../../../lib/api-types.js';
import { formatPeriod } from '../../../lib/format.js';
import { useFocusAreas } from '../api/get-focus-areas.js';
import { usePlan } from '../api/get-plan.js';
import { useRemoveActivity } from '../api/remove-activity.js';
import { useMoveActivity } from '../api/move-activity.js';
import { useRemovePlan } from '../api/remove-plan.js';
import { ActivitiesTable, editButtonId, moveButtonId } from './activities-table.js';
import { LazyActivityForm as ActivityForm } from './activity-form-lazy.js';
import { EditPlanForm } from './edit-plan-form.js';
import { FocusAreasSection } from './focus-areas-section.js';
import type { GroupOption, SituationReportOption } from './plan-fields.js';
import { PlanExportLinks, PlanImportSection } from './plan-spreadsheets.js';

interface PlanPageProps {
  collaborationId: string;
  planId: string;
  canEdit: boolean;
  parties: readonly Organisation[];
  /** The collaboration's groups: the plan names the one that adopted it. */
  groups: readonly GroupOption[];
  /** The collaboration's adopted lägesbilder (for "Ändra planen") and the address of one. */
  situationReports?: readonly SituationReportOption[] | undefined;
  situationReportPath?: ((reportId: string) => string) | undefined;
  plansPath: string;
  followUpPath: string;
  activityPath: (activityId: string) => string;
  onRemoved: (plan: Plan) => void;
}

/** One plan: its header, the activities table (with add, edit and delete for coordinators) and the focus areas. */
export function PlanPage({
  collaborationId,
  planId,
  canEdit,
  parties,
  groups,
  situationReports,
  situationReportPath,
  plansPath,
  followUpPath,
  activityPath,
  onRemoved,
}: PlanPageProps) {
  const { t } = useTranslation();
  const plan = usePlan(collaborationId, planId);
  const focusAreas = useFocusAreas(collaborationId);
  const removePlan = useRemovePlan(collaborationId);
  const removeActivity = useRemoveActivity(collaborationId);
  const moveActivity = useMoveActivity(collaborationId);
  const [editingPlan, setEditingPlan] = useState(false);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Activity | null>(null);
  const [note, setNote] = useState('');
  const editPlanButton = useRef<HTMLButtonElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // After a move, focus goes back to the moved row's button once the table shows the new order
  // (React moves rows in the DOM, which drops the focus of a moved button).
  const [movedFocus, setMovedFocus] = useState<{ id: string; index: number; step: -1 | 1 } | null>(null);
  useEffect(() => {
    if (!movedFocus) return;
    const activities = plan.data?.activities ?? [];
    if (activities[movedFocus.index]?.id !== movedFocus.id) return;
    const atEnd = movedFocus.index === 0 || movedFocus.index === activities.length - 1;
    // At the top or bottom the pressed button is disabled: use the row's other one.
    document.getElementById(moveButtonId(movedFocus.id, atEnd ? (-movedFocus.step as -1 | 1) : movedFocus.step))?.focus();
    setMovedFocus(null);
  }, [movedFocus, plan.data]);

  if (plan.isPending) return <Loading />;
  if (plan.isError) {
    return (
      <>
        <PageHeading title={t('errors.pageTitle')}>{t('errors.pageTitle')}</PageHeading>
        <ErrorSummary error={plan.error} />
        <p>
          <Link to={plansPath}>{t('plans.backToPlans')}</Link>
        </p>
      </>
    );
  }

  const data = plan.data;
  const areas = focusAreas.data ?? [];
  return (
    <>
      <p className="breadcrumb">
        <Link to={plansPath}>{t('plans.backToPlans')}</Link>
      </p>
      <PageHeading title={data.title}>{data.title}</PageHeading>
      <dl className="summary-list summary-list--compact">
        <div>
          <dt>{t('plans.kind')}</dt>
          <dd>{t(`plans.kinds.${data.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('plans.period')}</dt>
          <dd>{formatPeriod(data.periodStart, data.periodEnd)}</dd>
        </div>
        <div>
          <dt>{t('plans.adoptedBy')}</dt>
          <dd>{data.adoptedByGroupId ? (groups.find((g) => g.id === data.adoptedByGroupId)?.name ?? t('plans.unknownGroup')) : t('plans.noGroup')}</dd>
        </div>
        <div>
          <dt>{t('plans.adoptedOn')}</dt>
          <dd>{data.adoptedOn ?? t('plans.notAdopted')}</dd>
        </div>
        {data.situationReport ? (
          <div>
            <dt>{t('situationReport.planLink.basedOn')}</dt>
            <dd>
              {situationReportPath ? (
                <Link to={situationReportPath(data.situationReport.id)}>
                  {t('situationReport.planLink.option', { year: data.situationReport.year, date: data.situationReport.adoptedOn })}
                </Link>
              ) : (
                t('situationReport.planLink.option', { year: data.situationReport.year, date: data.situationReport.adoptedOn })
              )}
            </dd>
          </div>
        ) : null}
        {data.shiftsPerWeek !== null ? (
          <div>
            <dt>{t('plans.shiftsPerWeek')}</dt>
            <dd>{data.shiftsPerWeek}</dd>
          </div>
        ) : null}
      </dl>
      <div className="page-actions">
        <Link className="button button--primary" to={followUpPath}>
          {t('plans.followUp')}
        </Link>
        {canEdit && !editingPlan ? (
          <Button
            ref={editPlanButton}
            variant="secondary"
            onClick={() => {
              setNote('');
              setEditingPlan(true);
            }}
          >
            {t('plans.edit')}
          </Button>
        ) : null}
        {canEdit ? (
          <ConfirmButton
            label={t('plans.remove')}
            question={t('plans.removeQuestion', { title: data.title })}
            confirmLabel={t('plans.removeConfirm')}
            busy={removePlan.isPending}
            onConfirm={() => removePlan.mutate(data.id, { onSuccess: () => onRemoved(data) })}
          />
        ) : null}
      </div>
      {removePlan.error ? <ErrorSummary error={removePlan.error} /> : null}
      <StatusMessage message={note} />

      {editingPlan ? (
        <EditPlanForm
          collaborationId={collaborationId}
          plan={data}
          groups={groups}
          situationReports={situationReports}
          onDone={(saved) => {
            setEditingPlan(false);
            if (saved) setNote(t('plans.saved'));
            requestAnimationFrame(() => editPlanButton.current?.focus());
          }}
        />
      ) : null}

      <section className="section" aria-labelledby="activities-heading">
        <h2 id="activities-heading" tabIndex={-1}>
          {t('activities.heading')}
        </h2>
        {removeActivity.error ? <ErrorSummary error={removeActivity.error} /> : null}
        {moveActivity.error ? <ErrorSummary error={moveActivity.error} /> : null}
        {data.activities.length === 0 ? (
          <p>{t('activities.none')}</p>
        ) : (
          <ActivitiesTable
            activities={data.activities}
            focusAreas={areas}
            parties={parties}
            activityPath={activityPath}
            canEdit={canEdit}
            removing={removeActivity.isPending}
            onMove={(index, step) => {
              const moved = data.activities[index];
              if (!moved || moveActivity.isPending) return;
              setNote('');
              moveActivity.mutate(
                { activities: data.activities, index, step },
                {
                  onSuccess: () => {
                    setNote(t('plans.order.moved', { name: moved.what, position: index + step + 1, count: data.activities.length }));
                    setMovedFocus({ id: moved.id, index: index + step, step });
                  },
                },
              );
            }}
            onEdit={(activity) => {
              setNote('');
              setAdding(false);
              setEditing(activity);
            }}
            onRemove={(activity) =>
              removeActivity.mutate(activity.id, {
                onSuccess: () => {
                  if (editing?.id === activity.id) setEditing(null);
                  setNote(t('activities.removed', { name: activity.what }));
                  document.getElementById('activities-heading')?.focus();
                },
              })
            }
          />
        )}
        {canEdit && editing ? (
          <ActivityForm
            key={editing.id}
            collaborationId={collaborationId}
            planId={data.id}
            activity={editing}
            focusAreas={areas}
            parties={parties}
            onDone={(saved) => {
              const id = editing.id;
              setEditing(null);
              if (saved) setNote(t('activities.saved', { name: saved.what }));
              requestAnimationFrame(() => document.getElementById(editButtonId(id))?.focus());
            }}
          />
        ) : null}
        {canEdit && !editing ? (
          adding ? (
            <ActivityForm
              collaborationId={collaborationId}
              planId={data.id}
              focusAreas={areas}
              parties={parties}
              onDone={(saved) => {
                setAdding(false);
                if (saved) setNote(t('activities.added', { name: saved.what }));
                requestAnimationFrame(() => addButton.current?.focus());
              }}
            />
          ) : (
            <p>
              <Button
                ref={addButton}
                onClick={() => {
                  setNote('');
                  setAdding(true);
                }}
              >
                {t('activities.add')}
              </Button>
            </p>
          )
        ) : null}
      </section>

      {canEdit ? (
        <PlanImportSection
          collaborationId={collaborationId}
          planId={data.id}
          onImported={(created) => {
            setNote(t('plans.import.done', { count: created }));
            document.getElementById('activities-heading')?.focus();
          }}
        />
      ) : null}
      <PlanExportLinks collaborationId={collaborationId} planId={data.id} />

      <FocusAreasSection collaborationId={collaborationId} canEdit={canEdit} />
    </>
  );
}
