import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import type { Activity, Organisation } from '../../../lib/api-types.js';
import { formatPeriod } from '../../../lib/format.js';
import { useLocale } from '../../../lib/i18n.js';
import { joinList } from '../../../lib/list-text.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';
import { useActivity } from '../api/get-activity.js';
import { useFocusAreas } from '../api/get-focus-areas.js';
import { usePlan } from '../api/get-plan.js';
import { LazyActivityForm as ActivityForm } from './activity-form-lazy.js';

interface ActivityPageProps {
  collaborationId: string;
  activityId: string;
  canEdit: boolean;
  parties: readonly Organisation[];
  planPath: (planId: string) => string;
  followUpPath: (planId: string) => string;
  /** What other features add below the details (status and timeline, reporting, the log), once the activity is known. */
  children: (activity: Activity) => ReactNode;
}

/** One activity: what the plan says about it, then the follow-up and the log the app layer puts below. */
export function ActivityPage({ collaborationId, activityId, canEdit, parties, planPath, followUpPath, children }: ActivityPageProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const organisationLabel = useOrganisationLabel();
  const activity = useActivity(collaborationId, activityId);
  const planId = activity.data?.planId ?? '';
  const plan = usePlan(collaborationId, planId, { enabled: planId !== '' });
  const focusAreas = useFocusAreas(collaborationId);
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);

  if (activity.isPending) return <Loading />;
  if (activity.isError) {
    return (
      <>
        <PageHeading title={t('errors.pageTitle')}>{t('errors.pageTitle')}</PageHeading>
        <ErrorSummary error={activity.error} />
      </>
    );
  }

  const data = activity.data;
  const focusArea = focusAreas.data?.find((f) => f.id === data.focusAreaId);
  const party = parties.find((p) => p.id === data.responsibleOrganisationId);
  const prevention = [
    data.preventionType ? t(`activities.preventionTypes.${data.preventionType}`) : null,
    data.preventionLevel ? t(`activities.preventionLevels.${data.preventionLevel}`) : null,
  ].filter(Boolean);
  const rows: { label: string; value: ReactNode }[] = [
    { label: t('activities.plan'), value: <Link to={planPath(data.planId)}>{plan.data?.title ?? t('common.loading')}</Link> },
    { label: t('activities.focusArea'), value: focusArea?.name ?? t('activities.noFocusArea') },
    { label: t('activities.when'), value: data.whenText || t('common.empty') },
    { label: t('activities.targetHeading'), value: data.frequencyLabel[locale] },
    { label: t('activities.partners'), value: joinList(data.partners) || t('common.empty') },
    {
      label: t('activities.responsible'),
      value: [data.responsible, party ? organisationLabel(party) : ''].filter(Boolean).join(' · ') || t('common.empty'),
    },
    { label: t('activities.followUpMeasureLabel'), value: data.followUpMeasure || t('common.empty') },
    { label: t('activities.cause'), value: data.cause || t('common.empty') },
    { label: t('activities.operativeGoal'), value: data.operativeGoal || t('common.empty') },
    { label: t('activities.prevention'), value: prevention.join(', ') || t('activities.notGiven') },
    {
      label: t('activities.runs'),
      value: data.startDate || data.endDate ? formatPeriod(data.startDate ?? '…', data.endDate ?? '…') : t('activities.wholePlanPeriod'),
    },
  ];

  return (
    <>
      <p className="breadcrumb">
        <Link to={planPath(data.planId)}>{t('activities.backToPlan', { title: plan.data?.title ?? '' })}</Link>
        <span aria-hidden="true"> · </span>
        <Link to={followUpPath(data.planId)}>{t('activities.toFollowUp')}</Link>
      </p>
      <PageHeading title={data.what}>{data.what}</PageHeading>
      <StatusMessage message={note} />
      {editing && plan.data ? (
        <ActivityForm
          collaborationId={collaborationId}
          planId={data.planId}
          activity={data}
          focusAreas={focusAreas.data ?? []}
          parties={parties}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setNote(t('activities.saved', { name: saved.what }));
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <section className="section" aria-labelledby="activity-details-heading">
          <h2 id="activity-details-heading">{t('activities.details')}</h2>
          <dl className="summary-list">
            {rows.map((row) => (
              <div key={row.label}>
                <dt>{row.label}</dt>
                <dd className="pre-line">{row.value}</dd>
              </div>
            ))}
          </dl>
          {canEdit ? (
            <p>
              <Button
                ref={editButton}
                variant="secondary"
                aria-label={t('activities.editNamed', { name: data.what })}
                onClick={() => {
                  setNote('');
                  setEditing(true);
                }}
              >
                {t('common.edit')}
              </Button>
            </p>
          ) : null}
        </section>
      )}
      {children(data)}
    </>
  );
}
