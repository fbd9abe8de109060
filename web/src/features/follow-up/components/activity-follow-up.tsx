import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import type { Timeline } from '../../../lib/api-types.js';
import { formatMonth, formatPeriod } from '../../../lib/format.js';
import { useLocale } from '../../../lib/i18n.js';
import { useTimeline } from '../api/get-timeline.js';
import { StatusBadge } from './status-badge.js';

/** Windows shown before "Visa alla perioder": the latest ones up to today. */
const RECENT_WINDOWS = 12;

/** The activity's status today and its timeline: what was expected and done in each period, as a table with bars. */
export function ActivityFollowUp({ collaborationId, activityId }: { collaborationId: string; activityId: string }) {
  const { t } = useTranslation();
  const timeline = useTimeline(collaborationId, activityId, '');

  return (
    <section className="section" aria-labelledby="activity-follow-up-heading">
      <h2 id="activity-follow-up-heading">{t('timeline.heading')}</h2>
      {timeline.isPending ? <Loading /> : null}
      {timeline.isError ? <ErrorSummary error={timeline.error} /> : null}
      {timeline.data ? (
        <>
          <p className="muted-text">{t('followUp.statusAs', { date: timeline.data.asOf })}</p>
          <StatusBadge status={timeline.data.status} />
          {timeline.data.windows.length ? <WindowsTable timeline={timeline.data} /> : <MonthsTable timeline={timeline.data} />}
        </>
      ) : null}
    </section>
  );
}

function Bar({ expected, done, max, label }: { expected: number | null; done: number; max: number; label: string }) {
  const scale = (n: number) => (max > 0 ? (n / max) * 100 : 0);
  return (
    <svg className="bar" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label={label}>
      {expected !== null && expected > 0 ? (
        <rect className="bar__expected" x="0.5" y="0.5" width={Math.max(scale(expected) - 1, 0.5)} height="13" vectorEffect="non-scaling-stroke" />
      ) : null}
      {done > 0 ? <rect className="bar__done" x="0" y="3" width={scale(done)} height="8" /> : null}
    </svg>
  );
}

function WindowsTable({ timeline }: { timeline: Timeline }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const started = timeline.windows.filter((w) => w.start <= timeline.asOf);
  const shown = showAll ? timeline.windows : started.slice(-RECENT_WINDOWS);
  const max = Math.max(1, ...shown.map((w) => Math.max(w.expected, w.done)));
  const stateOf = (w: Timeline['windows'][number]) => (w.start > timeline.asOf ? t('timeline.upcoming') : w.end >= timeline.asOf ? t('timeline.current') : null);

  return (
    <>
      <h3 id="windows-heading">{t('timeline.windowsHeading')}</h3>
      <p className="muted-text bar-legend" aria-hidden="true">
        <span className="bar-legend__expected" /> {t('timeline.legendExpected')} <span className="bar-legend__done" /> {t('timeline.legendDone')}
      </p>
      <TableRegion labelledBy="windows-caption">
        <table className="table table--timeline" role="table">
          <caption id="windows-caption" className="visually-hidden">
            {t('timeline.windowsCaption')}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('timeline.period')}</th>
              <th scope="col" role="columnheader" className="numeric">{t('timeline.expected')}</th>
              <th scope="col" role="columnheader" className="numeric">{t('timeline.done')}</th>
              <th scope="col" role="columnheader" className="table__bar-column">{t('timeline.comparison')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {shown.map((w) => {
              const state = stateOf(w);
              return (
                <tr role="row" key={w.start}>
                  <th scope="row" role="rowheader" className="nowrap">
                    {formatPeriod(w.start, w.end)}
                    {state ? <span className="muted block">({state})</span> : null}
                  </th>
                  <td role="cell" className="numeric">{w.expected}</td>
                  <td role="cell" className="numeric">{w.done}</td>
                  <td role="cell">
                    <Bar expected={w.expected} done={w.done} max={max} label={t('timeline.barLabel', { done: w.done, expected: w.expected })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
      {timeline.windows.length > shown.length || showAll ? (
        <Button variant="secondary" aria-expanded={showAll} onClick={() => setShowAll((all) => !all)}>
          {showAll ? t('timeline.showFewer') : t('timeline.showAll', { count: timeline.windows.length })}
        </Button>
      ) : null}
    </>
  );
}

function MonthsTable({ timeline }: { timeline: Timeline }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (timeline.months.length === 0) return <p>{t('timeline.nothingYet')}</p>;
  const max = Math.max(1, ...timeline.months.map((m) => m.done));
  return (
    <>
      <h3>{t('timeline.monthsHeading')}</h3>
      <TableRegion labelledBy="months-caption">
        <table className="table table--timeline" role="table">
          <caption id="months-caption" className="visually-hidden">
            {t('timeline.monthsCaption')}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('timeline.month')}</th>
              <th scope="col" role="columnheader" className="numeric">{t('timeline.done')}</th>
              <th scope="col" role="columnheader" className="table__bar-column">{t('timeline.comparison')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {timeline.months.map((m) => (
              <tr role="row" key={m.month}>
                <th scope="row" role="rowheader" className="nowrap">{formatMonth(m.month, locale)}</th>
                <td role="cell" className="numeric">{m.done}</td>
                <td role="cell">
                  <Bar expected={null} done={m.done} max={max} label={t('timeline.barLabelDone', { count: m.done })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
