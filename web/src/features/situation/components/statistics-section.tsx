import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import type { StatisticSeries, StatisticValue } from '../../../lib/api-types.js';
import { useSeries } from '../api/get-series.js';
import { useStatistics } from '../api/get-statistics.js';
import { useNumberFormat } from './number-format.js';
import { compareAreas, StatisticsChart } from './statistics-chart.js';

/** The separator the importer writes between the levels of a Brå category ("Samtliga brott › Brott mot person"). */
const PATH_SEPARATOR = ' › ';

type Chosen = Pick<StatisticSeries, 'source' | 'series'>;

/** "Statistik": the imported series, and the chosen one's values as a chart and a table. */
export function StatisticsSection({ collaborationId }: { collaborationId: string }) {
  const { t } = useTranslation();
  const series = useSeries(collaborationId);
  const [chosen, setChosen] = useState<Chosen | null>(null);

  return (
    <section className="section" aria-labelledby="situation-statistics-heading">
      <h2 id="situation-statistics-heading">{t('situation.statistics.heading')}</h2>
      {series.isPending ? <Loading /> : null}
      {series.isError ? <ErrorSummary error={series.error} /> : null}
      {series.data?.length === 0 ? <p>{t('situation.statistics.none')}</p> : null}
      {series.data?.length ? (
        <TableRegion labelledBy="situation-series-caption">
          <table className="table" role="table">
            <caption id="situation-series-caption">{t('situation.statistics.seriesCaption')}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('situation.statistics.series')}</th>
                <th scope="col" role="columnheader">{t('situation.statistics.source')}</th>
                <th scope="col" role="columnheader" className="numeric">{t('situation.statistics.areas')}</th>
                <th scope="col" role="columnheader">{t('situation.statistics.periods')}</th>
                <th scope="col" role="columnheader">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {series.data.map((s) => {
                const levels = s.series.split(PATH_SEPARATOR);
                const name = levels.at(-1) ?? s.series;
                const parents = levels.slice(0, -1);
                return (
                  <tr role="row" key={`${s.source}|${s.series}`}>
                    <th scope="row" role="rowheader">
                      <span style={{ display: 'block', paddingInlineStart: `${parents.length * 1.25}rem` }}>
                        {parents.length ? <span className="visually-hidden">{parents.join(PATH_SEPARATOR) + PATH_SEPARATOR}</span> : null}
                        {parents.length ? <span aria-hidden="true">↳ </span> : null}
                        {name}
                      </span>
                    </th>
                    <td role="cell">{t(`situation.sources.${s.source}`)}</td>
                    <td role="cell" className="numeric">{s.areas}</td>
                    <td role="cell" className="nowrap">
                      {s.firstPeriod === s.lastPeriod ? s.firstPeriod : `${s.firstPeriod} – ${s.lastPeriod}`}
                    </td>
                    <td role="cell">
                      <Button variant="secondary" aria-pressed={chosen?.source === s.source && chosen.series === s.series} onClick={() => setChosen({ source: s.source, series: s.series })}>
                        {t('situation.statistics.show')}
                        <span className="visually-hidden"> {s.series}</span>
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {chosen ? <SeriesValues collaborationId={collaborationId} chosen={chosen} /> : null}
    </section>
  );
}

const genders: Record<string, 'total' | 'women' | 'men'> = { T: 'total', K: 'women', M: 'men' };

function SeriesValues({ collaborationId, chosen }: { collaborationId: string; chosen: Chosen }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The chosen series' heading takes the focus, so its chart and table are read next.
  useEffect(() => headingRef.current?.focus(), [chosen.source, chosen.series]);
  const format = useNumberFormat();
  const values = useStatistics(collaborationId, chosen);
  const rows = [...(values.data ?? [])].sort(byAreaThenPeriod);
  const hasDimension = rows.some((v) => v.dimension !== '');
  const hasRate = rows.some((v) => v.per100k !== null);
  const dimensionText = (d: string) => {
    const gender = genders[d];
    return gender ? t(`situation.statistics.genders.${gender}`) : d;
  };

  return (
    <div className="section">
      <h3 id="situation-values-heading" ref={headingRef} tabIndex={-1}>
        {chosen.series} <span className="muted-text">({t(`situation.sources.${chosen.source}`)})</span>
      </h3>
      {values.isPending ? <Loading /> : null}
      {values.isError ? <ErrorSummary error={values.error} /> : null}
      {values.data ? (
        <>
          <StatisticsChart values={values.data} series={chosen.series} />
          {chosen.source === 'bra' && !hasRate ? <p className="muted-text">{t('situation.statistics.noPopulation')}</p> : null}
          <TableRegion labelledBy="situation-values-caption">
            <table className="table" role="table">
              <caption id="situation-values-caption">{t('situation.statistics.valuesCaption', { series: chosen.series })}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">{t('situation.statistics.area')}</th>
                  <th scope="col" role="columnheader">{t('situation.statistics.period')}</th>
                  {hasDimension ? <th scope="col" role="columnheader">{t('situation.statistics.gender')}</th> : null}
                  <th scope="col" role="columnheader" className="numeric">{t('situation.statistics.value')}</th>
                  <th scope="col" role="columnheader" className="numeric">{t('situation.statistics.per100k')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {rows.map((v) => (
                  <tr role="row" key={`${v.areaCode}|${v.area}|${v.period}|${v.dimension}`}>
                    <th scope="row" role="rowheader">{v.area}</th>
                    <td role="cell">{v.period}</td>
                    {hasDimension ? <td role="cell">{dimensionText(v.dimension)}</td> : null}
                    <td role="cell" className="numeric">
                      {v.value === null ? t('situation.statistics.missing') : format(v.value)}
                    </td>
                    <td role="cell" className="numeric">{v.per100k === null ? t('common.empty') : format(v.per100k)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      ) : null}
    </div>
  );
}

function byAreaThenPeriod(a: StatisticValue, b: StatisticValue): number {
  return compareAreas(a.areaCode || a.area, b.areaCode || b.area) || a.period.localeCompare(b.period) || a.dimension.localeCompare(b.dimension);
}
