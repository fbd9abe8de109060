import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import type { Activity, Dashboard } from '../../../lib/api-types.js';
import { formatPeriod } from '../../../lib/format.js';
import { useLocale } from '../../../lib/i18n.js';
import { useDashboard } from '../api/get-dashboard.js';
import { AsOfForm } from './as-of-form.js';
import { ColourRule } from './colour-rule.js';
import { StatusBadge, toneOf } from './status-badge.js';
import { StatusSummary } from './status-summary.js';

interface DashboardPageProps {
  collaborationId: string;
  planId: string;
  planPath: string;
  activityPath: (activityId: string) => string;
  /** "Rapportera" for one activity, when the user may report (the activity log is another feature). */
  renderReport?: ((activity: Activity) => ReactNode) | undefined;
  /** Sections other features add below the activities (the collaboration's indicators). */
  children?: ReactNode;
}

/** Uppföljning of a plan: counts per colour, then every activity grouped by focus area with its status in words and shape. */
export function DashboardPage({ collaborationId, planId, planPath, activityPath, renderReport, children }: DashboardPageProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The day lives in the address, so a status per date can be shared and the back button works.
  const [searchParams, setSearchParams] = useSearchParams();
  const asOf = searchParams.get('asOf') ?? '';
  const dashboard = useDashboard(collaborationId, planId, asOf);

  if (dashboard.isPending) return <Loading />;
  if (dashboard.isError) {
    return (
      <>
        <PageHeading title={t('errors.pageTitle')}>{t('errors.pageTitle')}</PageHeading>
        <ErrorSummary error={dashboard.error} />
        <p>
          <Link to={planPath}>{t('followUp.backToPlan')}</Link>
        </p>
      </>
    );
  }

  const data = dashboard.data;
  const title = t('followUp.title', { title: data.title });
  return (
    <>
      <p className="breadcrumb">
        <Link to={planPath}>{t('followUp.backToPlan')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="muted-text">{t('followUp.intro')}</p>
      <p className="lead" aria-live="polite">
        <strong>{t('followUp.statusAs', { date: data.asOf })}</strong> · {t('followUp.planPeriod', { period: formatPeriod(data.period.start, data.period.end) })}
      </p>
      <AsOfForm
        key={asOf}
        asOf={asOf}
        onChange={(next) => {
          const params = new URLSearchParams(searchParams);
          if (next) params.set('asOf', next);
          else params.delete('asOf');
          setSearchParams(params);
        }}
      />
      <ColourRule rule={data.rule} locale={locale} />

      <section className="section" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('followUp.summaryHeading')}</h2>
        <StatusSummary summary={data.summary} labelledBy="summary-heading" />
      </section>

      {data.focusAreas.length === 0 ? <p>{t('followUp.none')}</p> : null}
      {data.focusAreas.map((group, index) => (
        <FocusAreaGroup
          key={group.focusArea?.id ?? 'none'}
          group={group}
          headingId={`focus-area-${index}`}
          activityPath={activityPath}
          renderReport={renderReport}
        />
      ))}
      {children}
    </>
  );
}

type Group = Dashboard['focusAreas'][number];

function FocusAreaGroup({
  group,
  headingId,
  activityPath,
  renderReport,
}: {
  group: Group;
  headingId: string;
  activityPath: (activityId: string) => string;
  renderReport?: ((activity: Activity) => ReactNode) | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{group.focusArea?.name ?? t('followUp.noFocusArea')}</h2>
      <StatusSummary summary={group.summary} labelledBy={headingId} />
      <ul className="followup-list">
        {group.activities.map(({ activity, period, status }) => (
          <li key={activity.id} className={`followup-card followup-card--${toneOf(status)}`}>
            <h3 className="followup-card__title">
              <Link to={activityPath(activity.id)}>{activity.what}</Link>
            </h3>
            <p className="followup-card__meta">{t('followUp.whenTarget', { when: activity.whenText || t('common.empty'), target: activity.frequencyLabel[locale] })}</p>
            <StatusBadge status={status} />
            {activity.startDate || activity.endDate ? (
              <p className="followup-card__meta">{t('followUp.activityPeriod', { period: formatPeriod(period.start, period.end) })}</p>
            ) : null}
            {renderReport ? renderReport(activity) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
