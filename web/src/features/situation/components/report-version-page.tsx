import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import type { FrozenProblem } from '../api/situation-report-types.js';
import { useReportVersion } from '../api/situation-reports.js';
import { DialogueList, IncidentSummaryTables, IncidentTable, Paragraphs, ReportCharts, WalkProtocol } from './report-content.js';

interface VersionPageProps {
  collaborationId: string;
  reportId: string;
  number: number;
  reportPath: string;
}

/** An adopted version, read only, exactly as frozen on the day (texts, figures, dialogues, protocols, problems). */
export function ReportVersionPage({ collaborationId, reportId, number, reportPath }: VersionPageProps) {
  const { t } = useTranslation();
  const query = useReportVersion(collaborationId, reportId, number);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorSummary error={query.error} />;
  const v = query.data;
  const s = v.snapshot;
  const title = t('situationReport.versions.title', { title: s.title, number: v.number });
  return (
    <>
      <p>
        <Link to={reportPath}>{t('situationReport.versions.back', { title: s.title })}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="status-line">
        <strong>
          {s.adoptedByGroup
            ? t('situationReport.status.adoptedBy', { date: v.adoptedOn, group: s.adoptedByGroup.name, number: v.number })
            : t('situationReport.status.adopted', { date: v.adoptedOn, number: v.number })}
        </strong>
      </p>
      <p className="muted-text">{t('situationReport.versions.frozen')}</p>

      <section className="section" aria-labelledby="version-mapping">
        <h2 id="version-mapping">{t('situationReport.mapping.heading')}</h2>
        <Paragraphs text={s.mappingText} empty={t('situationReport.emptyText')} />
        <h3>{t('situationReport.mapping.charts')}</h3>
        <ReportCharts charts={s.charts} />
      </section>

      <section className="section" aria-labelledby="version-other">
        <h2 id="version-other">{t('situationReport.other.heading')}</h2>
        <Paragraphs text={s.otherText} empty={t('situationReport.emptyText')} />
        <h3>{t('situationReport.dialogues.heading')}</h3>
        <DialogueList dialogues={s.dialogues} />
        <h3>{t('situationReport.walks.heading')}</h3>
        {s.walks.length === 0 ? <p className="muted-text">{t('situationReport.walks.none')}</p> : null}
        {s.walks.map((w) => (
          <div key={w.id} className="section">
            <h4>{t('situationReport.walks.title', { area: w.area, date: w.walkedOn })}</h4>
            <WalkProtocol walk={w} />
          </div>
        ))}
        <h3>{t('situationReport.incidents.heading')}</h3>
        <IncidentSummaryTables summary={s.incidentSummary} idPrefix="version" />
        <IncidentTable incidents={s.incidents} idPrefix="version" />
      </section>

      <section className="section" aria-labelledby="version-analysis">
        <h2 id="version-analysis">{t('situationReport.analysis.heading')}</h2>
        <Paragraphs text={s.analysisText} empty={t('situationReport.emptyText')} />
        <h3>{t('situationReport.analysis.problems')}</h3>
        {s.problems.length === 0 ? <p className="muted-text">{t('situationReport.analysis.noProblems')}</p> : null}
        {s.problems.map((p) => (
          <FrozenProblemCard key={p.id} problem={p} />
        ))}
      </section>
    </>
  );
}

function FrozenProblemCard({ problem }: { problem: FrozenProblem }) {
  const { t } = useTranslation();
  return (
    <div className="card section">
      <h4>
        {problem.title} <span className="muted-text">({t(`situationReport.analysis.priorities.${problem.priority}`)})</span>
      </h4>
      {problem.description ? <p className="pre-line">{problem.description}</p> : null}
      {problem.causes.length ? (
        <ul>
          {problem.causes.map((c, i) => (
            <li key={i}>
              {t(`situationReport.analysis.causeKinds.${c.kind}`)}: {c.description}
            </li>
          ))}
        </ul>
      ) : null}
      {problem.indicators.length ? (
        <ul>
          {problem.indicators.map((i) => (
            <li key={i.id}>
              {t('situationReport.analysis.indicator', {
                name: i.name,
                baseline: i.baselineValue === null ? t('common.empty') : `${i.baselineValue} (${i.baselinePeriod ?? ''})`,
                target: i.targetValue === null ? t('common.empty') : `${i.targetValue}${i.targetPeriod ? ` (${i.targetPeriod})` : ''}`,
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
