import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../lib/api-types.js';
import { useIndicatorNumber } from './indicator-status.js';

const WIDTH = 360;
const HEIGHT = 150;
const PAD = { top: 12, right: 12, bottom: 26, left: 12 };

/**
 * The series as a small line chart, with the target as a dashed line. One image whose text alternative
 * names every value and the target; the table beside it holds the same numbers.
 */
export function SeriesChart({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const format = useIndicatorNumber();
  const points = indicator.series;
  if (points.length < 2) return null;
  const values = points.map((p) => p.value);
  const reference = [indicator.targetValue, indicator.baselineValue].filter((v): v is number => v !== null);
  const min = Math.min(...values, ...reference);
  const max = Math.max(...values, ...reference);
  const span = max - min || 1;
  const x = (i: number) => PAD.left + (i * (WIDTH - PAD.left - PAD.right)) / (points.length - 1);
  const y = (v: number) => PAD.top + ((max - v) * (HEIGHT - PAD.top - PAD.bottom)) / span;
  const label = t('indicators.chart.label', {
    name: indicator.name,
    values: points.map((p) => `${p.period}: ${format(p.value)}`).join('; '),
    target: indicator.targetValue === null ? t('indicators.chart.noTarget') : t('indicators.chart.target', { value: format(indicator.targetValue) }),
  });
  return (
    <svg className="indicator-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} width="100%" style={{ display: 'block', maxWidth: '28rem' }}>
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} stroke="#6b7280" strokeWidth="1" />
      {indicator.targetValue !== null ? (
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(indicator.targetValue)} y2={y(indicator.targetValue)} stroke="#1f2937" strokeWidth="1.5" strokeDasharray="6 4" />
      ) : null}
      <polyline points={points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ')} fill="none" stroke="#1d4ed8" strokeWidth="2.5" />
      {points.map((p, i) => (
        <g key={p.period}>
          <circle cx={x(i)} cy={y(p.value)} r="4" fill="#1d4ed8" />
          <text x={x(i)} y={HEIGHT - 8} textAnchor={i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle'} fontSize="11" fill="#374151">
            {p.period}
          </text>
        </g>
      ))}
    </svg>
  );
}
