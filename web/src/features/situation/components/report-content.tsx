import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../../components/ui/table-region.js';
import type { StatisticValue } from '../../../lib/api-types.js';
import type { IncidentSummary, ReportContent, SafetyWalk, SafetyWalkObservation, SituationChart, SituationDialogue } from '../api/situation-report-types.js';
import { useNumberFormat } from './number-format.js';
import { StatisticsChart } from './statistics-chart.js';

/** Text as the user wrote it: a blank line starts a new paragraph, single line breaks stay. */
export function Paragraphs({ text, empty }: { text: string; empty: string }) {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return <p className="muted-text">{empty}</p>;
  return (
    <>
      {parts.map((p, i) => (
        <p key={i} className="pre-line">
          {p}
        </p>
      ))}
    </>
  );
}

/** One chart per area of a series (the collaboration's municipalities, the comparison municipalities, Riket). */
export function ReportCharts({ charts }: { charts: SituationChart[] }) {
  const { t } = useTranslation();
  if (charts.length === 0) return <p className="muted-text">{t('situationReport.mapping.noCharts')}</p>;
  return (
    <>
      {charts.map((c) => {
        const values: StatisticValue[] = c.values.map((v) => ({ ...v, dimension: '', status: null, per100k: c.per100k ? v.per100k : null }));
        return (
          <div key={`${c.source}|${c.series}`} className="section">
            <h4>
              {c.series} <span className="muted-text">({t(`situation.sources.${c.source}`)})</span>
            </h4>
            {values.length === 0 ? <p className="muted-text">{t('situationReport.mapping.noValues')}</p> : <StatisticsChart values={values} series={c.series} />}
          </div>
        );
      })}
    </>
  );
}

export function DialogueList({ dialogues, renderActions }: { dialogues: SituationDialogue[]; renderActions?: ((dialogue: SituationDialogue) => ReactNode) | undefined }) {
  const { t } = useTranslation();
  if (dialogues.length === 0) return <p className="muted-text">{t('situationReport.dialogues.none')}</p>;
  return (
    <ul className="plain-list">
      {dialogues.map((d) => (
        <li key={d.id} className="card">
          <h4>
            {t(`situationReport.dialogues.kinds.${d.kind}`)}, {d.heldOn}
          </h4>
          <dl className="details">
            <div>
              <dt>{t('situationReport.dialogues.method')}</dt>
              <dd>{d.method}</dd>
            </div>
            {d.area ? (
              <div>
                <dt>{t('situationReport.dialogues.area')}</dt>
                <dd>{d.area}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('situationReport.dialogues.participants')}</dt>
              <dd>{d.participantsCount === null ? t('common.empty') : t('situationReport.dialogues.participantsCount', { count: d.participantsCount })}</dd>
            </div>
            {d.notes ? (
              <div>
                <dt>{t('situationReport.dialogues.notes')}</dt>
                <dd className="pre-line">{d.notes}</dd>
              </div>
            ) : null}
            {d.outcomes ? (
              <div>
                <dt>{t('situationReport.dialogues.outcomes')}</dt>
                <dd className="pre-line">{d.outcomes}</dd>
              </div>
            ) : null}
          </dl>
          {renderActions?.(d)}
        </li>
      ))}
    </ul>
  );
}

interface WalkProtocolProps {
  walk: SafetyWalk;
  /** The status cell's content when it can be changed (contributors and up); otherwise the status as a word. */
  renderStatus?: ((observation: SafetyWalkObservation) => ReactNode) | undefined;
  /** "Ta bort" per observation, for coordinators. */
  renderActions?: ((observation: SafetyWalkObservation) => ReactNode) | undefined;
}

/** A trygghetsvandring's protocol: Plats · Problem · Åtgärdsförslag · Ansvarig · Status. */
export function WalkProtocol({ walk, renderStatus, renderActions }: WalkProtocolProps) {
  const { t } = useTranslation();
  const captionId = `walk-${walk.id}-caption`;
  return (
    <>
      <p>
        {walk.participantsCount === null ? null : `${t('situationReport.dialogues.participantsCount', { count: walk.participantsCount })}. `}
        {walk.organisations ? `${t('situationReport.walks.organisations')}: ${walk.organisations}. ` : null}
        {walk.notes}
      </p>
      {walk.observations.length === 0 ? (
        <p className="muted-text">{t('situationReport.walks.noObservations')}</p>
      ) : (
        <TableRegion labelledBy={captionId}>
          <table className="table" role="table">
            <caption id={captionId}>{t('situationReport.walks.protocolCaption', { area: walk.area, date: walk.walkedOn })}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('situationReport.walks.place')}</th>
                <th scope="col" role="columnheader">{t('situationReport.walks.problem')}</th>
                <th scope="col" role="columnheader">{t('situationReport.walks.proposedAction')}</th>
                <th scope="col" role="columnheader">{t('situationReport.walks.owner')}</th>
                <th scope="col" role="columnheader">{t('situationReport.walks.status')}</th>
                {renderActions ? <th scope="col" role="columnheader">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody role="rowgroup">
              {walk.observations.map((o) => (
                <tr role="row" key={o.id}>
                  <th scope="row" role="rowheader">{o.place}</th>
                  <td role="cell">{o.problem}</td>
                  <td role="cell">{o.proposedAction || t('common.empty')}</td>
                  <td role="cell">{o.owner || t('common.empty')}</td>
                  <td role="cell">{renderStatus ? renderStatus(o) : t(`situationReport.walks.statuses.${o.status}`)}</td>
                  {renderActions ? <td role="cell">{renderActions(o)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}

/** EST incident reports summed per category and per month, as two small tables. */
export function IncidentSummaryTables({ summary, idPrefix }: { summary: IncidentSummary; idPrefix: string }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  if (summary.total === 0) return <p className="muted-text">{t('situationReport.incidents.none')}</p>;
  return (
    <div className="form__row">
      <TableRegion labelledBy={`${idPrefix}-category-caption`}>
        <table className="table" role="table">
          <caption id={`${idPrefix}-category-caption`}>{t('situationReport.incidents.byCategory')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('situationReport.incidents.category')}</th>
              <th scope="col" role="columnheader" className="numeric">{t('situationReport.incidents.count')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {summary.byCategory.map((c) => (
              <tr role="row" key={c.category}>
                <th scope="row" role="rowheader">{c.category}</th>
                <td role="cell" className="numeric">{format(c.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <TableRegion labelledBy={`${idPrefix}-month-caption`}>
        <table className="table" role="table">
          <caption id={`${idPrefix}-month-caption`}>{t('situationReport.incidents.byMonth')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('situationReport.incidents.month')}</th>
              <th scope="col" role="columnheader" className="numeric">{t('situationReport.incidents.count')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {summary.byMonth.map((m) => (
              <tr role="row" key={m.month}>
                <th scope="row" role="rowheader">{m.month}</th>
                <td role="cell" className="numeric">{format(m.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </div>
  );
}

type Incident = ReportContent['incidents'][number];

export function IncidentTable({ incidents, idPrefix, renderActions }: { incidents: Incident[]; idPrefix: string; renderActions?: ((incident: Incident) => ReactNode) | undefined }) {
  const { t } = useTranslation();
  if (incidents.length === 0) return null;
  return (
    <TableRegion labelledBy={`${idPrefix}-incidents-caption`}>
      <table className="table" role="table">
        <caption id={`${idPrefix}-incidents-caption`}>{t('situationReport.incidents.listCaption')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t('situationReport.incidents.occurredOn')}</th>
            <th scope="col" role="columnheader">{t('situationReport.incidents.category')}</th>
            <th scope="col" role="columnheader">{t('situationReport.incidents.place')}</th>
            <th scope="col" role="columnheader">{t('situationReport.incidents.timeOfDay')}</th>
            <th scope="col" role="columnheader">{t('situationReport.incidents.reportedBy')}</th>
            <th scope="col" role="columnheader" className="numeric">{t('situationReport.incidents.count')}</th>
            {renderActions ? <th scope="col" role="columnheader">{t('common.actions')}</th> : null}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {incidents.map((i) => (
            <tr role="row" key={i.id}>
              <th scope="row" role="rowheader">{i.occurredOn}</th>
              <td role="cell">{i.category}</td>
              <td role="cell">{i.place}</td>
              <td role="cell">{i.timeOfDay ? t(`situationReport.incidents.times.${i.timeOfDay}`) : t('common.empty')}</td>
              <td role="cell">{i.reportedBy || t('common.empty')}</td>
              <td role="cell" className="numeric">{i.count}</td>
              {renderActions ? <td role="cell">{renderActions(i)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
