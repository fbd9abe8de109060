import type { CreateIndicatorInput, Indicator, IndicatorDirection, IndicatorSource } from '../../../lib/api-types.js';

export const directions = ['increase', 'decrease', 'maintain'] as const satisfies readonly IndicatorDirection[];
export const sources = ['manual', 'kolada', 'bra', 'survey', 'activity_count'] as const satisfies readonly IndicatorSource[];
export type StatisticIndicatorSource = 'kolada' | 'bra' | 'survey';
export const isStatisticSource = (source: IndicatorSource): source is StatisticIndicatorSource => source === 'kolada' || source === 'bra' || source === 'survey';

/** The form's state: numbers and choices as the user typed them ("" for none). */
export interface IndicatorDraft {
  name: string;
  description: string;
  unit: string;
  direction: IndicatorDirection;
  source: IndicatorSource;
  sourceSeries: string;
  /** "code|name" of the chosen area of the series. */
  sourceAreaKey: string;
  sourceDimension: '' | 'T' | 'K' | 'M';
  per100k: boolean;
  activityId: string;
  focusAreaId: string;
  baselineValue: string;
  baselinePeriod: string;
  targetValue: string;
  targetPeriod: string;
  tolerance: string;
}

export const areaKey = (areaCode: string | null, area: string) => `${areaCode ?? ''}|${area}`;
const numberText = (n: number | null) => (n === null ? '' : String(n));

export function indicatorDraftOf(i: Indicator): IndicatorDraft {
  return {
    name: i.name,
    description: i.description,
    unit: i.unit,
    direction: i.direction,
    source: i.source,
    sourceSeries: i.sourceSeries ?? '',
    sourceAreaKey: i.sourceAreaCode === null && i.sourceArea === '' ? '' : areaKey(i.sourceAreaCode, i.sourceArea),
    sourceDimension: (['', 'T', 'K', 'M'] as const).find((d) => d === i.sourceDimension) ?? '',
    per100k: i.per100k,
    activityId: i.activityId ?? '',
    focusAreaId: i.focusAreaId ?? '',
    baselineValue: numberText(i.baselineValue),
    baselinePeriod: i.baselinePeriod ?? '',
    targetValue: numberText(i.targetValue),
    targetPeriod: i.targetPeriod ?? '',
    tolerance: numberText(i.tolerance),
  };
}

export const newIndicatorDraft: IndicatorDraft = {
  name: '',
  description: '',
  unit: '',
  direction: 'increase',
  source: 'manual',
  sourceSeries: '',
  sourceAreaKey: '',
  sourceDimension: '',
  per100k: false,
  activityId: '',
  focusAreaId: '',
  baselineValue: '',
  baselinePeriod: '',
  targetValue: '',
  targetPeriod: '',
  tolerance: '',
};

/** "12,5" or "12.5" as a number; text that is no number goes as it is, so the server names the field. */
export function numberOf(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isFinite(n) ? n : (trimmed as unknown as number);
}

export function indicatorBodyOf(d: IndicatorDraft): CreateIndicatorInput {
  const [areaCode = '', area = ''] = d.sourceAreaKey ? d.sourceAreaKey.split('|') : [];
  const statistic = isStatisticSource(d.source);
  return {
    name: d.name,
    description: d.description,
    unit: d.unit,
    direction: d.direction,
    source: d.source,
    sourceSeries: statistic && d.sourceSeries ? d.sourceSeries : null,
    sourceAreaCode: statistic && d.sourceAreaKey && (areaCode || d.source === 'survey') ? areaCode : null,
    sourceArea: statistic ? area : '',
    sourceDimension: d.source === 'kolada' ? d.sourceDimension || 'T' : '',
    per100k: d.source === 'bra' && d.per100k,
    activityId: d.source === 'activity_count' && d.activityId ? d.activityId : null,
    focusAreaId: d.focusAreaId || null,
    baselineValue: numberOf(d.baselineValue),
    baselinePeriod: d.baselinePeriod.trim() || null,
    targetValue: numberOf(d.targetValue),
    targetPeriod: d.targetPeriod.trim() || null,
    tolerance: d.direction === 'maintain' ? numberOf(d.tolerance) : null,
  };
}

export function indicatorFieldIds(prefix: string) {
  return {
    name: `${prefix}-name`,
    description: `${prefix}-description`,
    unit: `${prefix}-unit`,
    direction: `${prefix}-direction`,
    source: `${prefix}-source`,
    sourceSeries: `${prefix}-series`,
    sourceAreaCode: `${prefix}-area`,
    sourceArea: `${prefix}-area`,
    sourceDimension: `${prefix}-dimension`,
    per100k: `${prefix}-per100k`,
    activityId: `${prefix}-activity`,
    focusAreaId: `${prefix}-focus-area`,
    baselineValue: `${prefix}-baseline-value`,
    baselinePeriod: `${prefix}-baseline-period`,
    targetValue: `${prefix}-target-value`,
    targetPeriod: `${prefix}-target-period`,
    tolerance: `${prefix}-tolerance`,
  };
}
