import { useTranslation } from 'react-i18next';
import type { StatisticValue } from '../../../lib/api-types.js';
import { useNumberFormat } from './number-format.js';

interface ChartArea {
  key: string;
  area: string;
  points: { period: string; value: number | null }[];
}

const WIDTH = 320;
const HEIGHT = 160;
const TOP = 8;
const BOTTOM = 28;
const LEFT = 4;
const CHART_PERIODS = 12;

/**
 * One small bar chart per area (the municipality beside Riket), periods left to right. Rates per 100 000
 * share one scale, so the areas compare; plain counts get a scale each. Each chart is one image with its
 * numbers as the text alternative; the table below holds the same values.
 */
export function StatisticsChart({ values, series }: { values: StatisticValue[]; series: string }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  // Kolada splits by gender (T, K, M): the chart shows the total, the table every split.
  const shown = values.filter((v) => v.dimension === '' || v.dimension === 'T');
  const perCapita = shown.length > 0 && shown.every((v) => v.per100k !== null);
  const areas = areasOf(shown, perCapita);
  if (areas.length === 0) return null;
  const sharedMax = Math.max(0, ...areas.flatMap((a) => a.points.map((p) => p.value ?? 0)));
  const measure = perCapita ? t('situation.statistics.per100k') : t('situation.statistics.value');

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem 2rem' }}>
      {areas.map((a) => {
        const max = perCapita ? sharedMax : Math.max(0, ...a.points.map((p) => p.value ?? 0));
        const label = t('situation.statistics.chartLabel', {
          series,
          area: a.area,
          measure,
          values: a.points.map((p) => `${p.period}: ${p.value === null ? t('situation.statistics.missing') : format(p.value)}`).join('; '),
        });
        const slot = (WIDTH - LEFT) / Math.max(a.points.length, 1);
        const barWidth = Math.min(slot * 0.7, 48);
        return (
          <figure key={a.key} style={{ margin: 0, flex: '1 1 16rem', maxWidth: '24rem' }}>
            <figcaption>
              {a.area} <span className="muted-text">({measure})</span>
            </figcaption>
            <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} width="100%" style={{ display: 'block' }}>
              <line x1={LEFT} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} stroke="#6b7280" strokeWidth="1" />
              {a.points.map((p, i) => {
                const h = max > 0 && p.value !== null ? ((HEIGHT - TOP - BOTTOM) * p.value) / max : 0;
                const x = LEFT + i * slot + (slot - barWidth) / 2;
                return (
                  <g key={p.period}>
                    {p.value === null ? (
                      <text x={x + barWidth / 2} y={HEIGHT - BOTTOM - 4} textAnchor="middle" fontSize="11" fill="#374151">
                        –
                      </text>
                    ) : (
                      <rect className="bar__done" x={x} y={HEIGHT - BOTTOM - h} width={barWidth} height={h} />
                    )}
                    <text x={x + barWidth / 2} y={HEIGHT - 10} textAnchor="middle" fontSize="11" fill="#374151">
                      {p.period}
                    </text>
                  </g>
                );
              })}
            </svg>
          </figure>
        );
      })}
    </div>
  );
}

/** One entry per area, with a point for every period of the series (missing ones as null). */
function areasOf(values: StatisticValue[], perCapita: boolean): ChartArea[] {
  const byArea = new Map<string, ChartArea>();
  // The latest periods only, so the bars stay readable; the table holds them all.
  const periods = [...new Set(values.map((v) => v.period))].sort().slice(-CHART_PERIODS);
  for (const v of values) {
    if (!periods.includes(v.period)) continue;
    const key = v.areaCode || v.area;
    const entry = byArea.get(key) ?? { key, area: v.area, points: [] };
    entry.points.push({ period: v.period, value: perCapita ? v.per100k : v.value });
    byArea.set(key, entry);
  }
  return [...byArea.values()]
    .sort((a, b) => compareAreas(a.key, b.key))
    .map((a) => ({ ...a, points: periods.map((period) => a.points.find((p) => p.period === period) ?? { period, value: null }) }));
}

/** Areas (code, or name when there is none) in the order a reader compares them: municipalities by code, then Riket (0000), then named areas. */
export function compareAreas(a: string, b: string): number {
  const rank = (key: string) => (key === '0000' ? 1 : /^\d{4}$/.test(key) ? 0 : 2);
  return rank(a) - rank(b) || a.localeCompare(b, 'sv');
}
