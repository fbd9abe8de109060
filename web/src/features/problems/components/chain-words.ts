import { useTranslation } from 'react-i18next';
import type { ChainActivity, Indicator } from '../api/types.js';

const number = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** A value with its unit, in Swedish number format: "25 procent". */
export function valueText(value: number, unit: string): string {
  return unit ? `${number.format(value)} ${unit}` : number.format(value);
}

/** The follow-up status and the indicator status in words, never as a colour alone. */
export function useChainWords() {
  const { t } = useTranslation();

  function activityStatus(status: ChainActivity['status']): string {
    switch (status.kind) {
      case 'measured':
        return t('problems.status.measured', {
          colour: t(`problems.status.colour.${status.colour}`),
          done: status.done,
          expected: status.expected,
          target: status.target,
        });
      case 'count-only':
        return t('problems.status.countOnly', { count: status.done });
      case 'not-measurable':
        return t('problems.status.notMeasurable');
      case 'not-started':
        return t('problems.status.notStarted');
    }
  }

  function indicatorLine(indicator: Indicator): string {
    const parts: string[] = [];
    if (indicator.baselineValue !== null) {
      parts.push(t('problems.indicator.baseline', { value: valueText(indicator.baselineValue, indicator.unit), period: indicator.baselinePeriod ?? '' }));
    }
    const latest = indicator.status.latest;
    parts.push(latest ? t('problems.indicator.latest', { value: valueText(latest.value, indicator.unit), period: latest.period }) : t('problems.indicator.noLatest'));
    const line = parts.join(' → ');
    if (indicator.targetValue === null) return line;
    return `${line}; ${t('problems.indicator.target', { value: valueText(indicator.targetValue, indicator.unit), period: indicator.targetPeriod ?? '' })}`;
  }

  const indicatorStatus = (indicator: Indicator) => t(`problems.indicator.status.${indicator.status.status}`);

  return { activityStatus, indicatorLine, indicatorStatus };
}
