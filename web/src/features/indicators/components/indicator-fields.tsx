import { useTranslation } from 'react-i18next';
import { CheckboxField, RadioGroup, SelectField, TextAreaField, TextField } from '../../../components/ui/field.js';
import type { FieldErrors } from '../../../lib/api-errors.js';
import type { FocusArea, StatisticSeries } from '../../../lib/api-types.js';
import { useSeriesAreas } from '../api/get-series-areas.js';
import { areaKey, directions, indicatorFieldIds, isStatisticSource, sources, type IndicatorDraft } from './indicator-draft.js';

/** A plan and its activities, for "Antal loggade aktiviteter". */
export interface PlanActivityOption {
  id: string;
  title: string;
  activities: readonly { id: string; what: string }[];
}

export interface IndicatorFieldsProps {
  collaborationId: string;
  idPrefix: string;
  value: IndicatorDraft;
  onChange: (draft: IndicatorDraft) => void;
  fieldErrors: FieldErrors;
  focusAreas: FocusArea[];
  plans: readonly PlanActivityOption[] | undefined;
  series: StatisticSeries[];
  /** Set when the indicator is adopted: the baseline can no longer change. */
  frozenSince: string | null;
}

/** Everything an indicator holds: shared by "Ny indikator" and "Ändra indikatorn". */
export function IndicatorFields({ collaborationId, idPrefix, value, onChange, fieldErrors, focusAreas, plans, series, frozenSince }: IndicatorFieldsProps) {
  const { t } = useTranslation();
  const ids = indicatorFieldIds(idPrefix);
  const set = <K extends keyof IndicatorDraft>(key: K, next: IndicatorDraft[K]) => onChange({ ...value, [key]: next });
  const statistic = isStatisticSource(value.source) ? value.source : null;
  const areas = useSeriesAreas(collaborationId, statistic ? { source: statistic, series: value.sourceSeries } : null);
  const seriesOfSource = statistic ? series.filter((s) => s.source === statistic) : [];
  const periodHint = t('indicators.form.periodHint');
  return (
    <>
      <TextField id={ids.name} label={t('indicators.form.name')} required maxLength={300} value={value.name} onChange={(e) => set('name', e.target.value)} error={fieldErrors.name} />
      <TextAreaField id={ids.description} label={t('indicators.form.description')} rows={3} value={value.description} onChange={(e) => set('description', e.target.value)} error={fieldErrors.description} />
      <div className="form__row">
        <TextField id={ids.unit} label={t('indicators.form.unit')} hint={t('indicators.form.unitHint')} maxLength={100} value={value.unit} onChange={(e) => set('unit', e.target.value)} error={fieldErrors.unit} />
        <SelectField id={ids.focusAreaId} label={t('indicators.form.focusArea')} value={value.focusAreaId} onChange={(e) => set('focusAreaId', e.target.value)} error={fieldErrors.focusAreaId}>
          <option value="">{t('indicators.form.noFocusArea')}</option>
          {focusAreas.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </SelectField>
      </div>
      <RadioGroup
        name={ids.direction}
        legend={t('indicators.form.direction')}
        value={value.direction}
        options={directions.map((d) => ({ value: d, label: t(`indicators.directions.${d}`) }))}
        onChange={(d) => set('direction', d)}
        error={fieldErrors.direction}
      />
      <RadioGroup
        name={ids.source}
        legend={t('indicators.form.source')}
        value={value.source}
        options={sources.map((s) => ({ value: s, label: t(`indicators.sources.${s}`) }))}
        onChange={(s) => onChange({ ...value, source: s, sourceSeries: '', sourceAreaKey: '' })}
        error={fieldErrors.source}
      />
      {statistic ? (
        <>
          <SelectField
            id={ids.sourceSeries}
            label={t(`indicators.form.series.${statistic}`)}
            hint={seriesOfSource.length === 0 ? t('indicators.form.noSeries') : undefined}
            required
            value={value.sourceSeries}
            onChange={(e) => onChange({ ...value, sourceSeries: e.target.value, sourceAreaKey: '' })}
            error={fieldErrors.sourceSeries}
          >
            <option value="">{t('indicators.form.choose')}</option>
            {seriesOfSource.map((s) => (
              <option key={s.series} value={s.series}>
                {s.series}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={ids.sourceAreaCode}
            label={t('indicators.form.area')}
            required
            disabled={!value.sourceSeries}
            value={value.sourceAreaKey}
            onChange={(e) => set('sourceAreaKey', e.target.value)}
            error={fieldErrors.sourceAreaCode ?? fieldErrors.sourceArea}
          >
            <option value="">{t('indicators.form.choose')}</option>
            {(areas.data ?? []).map((a) => (
              <option key={areaKey(a.areaCode, a.area)} value={areaKey(a.areaCode, a.area)}>
                {a.areaCode ? `${a.area} (${a.areaCode})` : a.area}
              </option>
            ))}
          </SelectField>
        </>
      ) : null}
      {statistic === 'kolada' ? (
        <SelectField id={ids.sourceDimension} label={t('indicators.form.dimension')} value={value.sourceDimension || 'T'} onChange={(e) => set('sourceDimension', e.target.value as IndicatorDraft['sourceDimension'])} error={fieldErrors.sourceDimension}>
          {(['T', 'K', 'M'] as const).map((d) => (
            <option key={d} value={d}>
              {t(`indicators.form.dimensions.${d}`)}
            </option>
          ))}
        </SelectField>
      ) : null}
      {statistic === 'bra' ? (
        <CheckboxField id={ids.per100k} label={t('indicators.form.per100k')} hint={t('indicators.form.per100kHint')} checked={value.per100k} onChange={(e) => set('per100k', e.target.checked)} error={fieldErrors.per100k} />
      ) : null}
      {value.source === 'activity_count' ? (
        <SelectField id={ids.activityId} label={t('indicators.form.activity')} hint={t('indicators.form.activityHint')} required value={value.activityId} onChange={(e) => set('activityId', e.target.value)} error={fieldErrors.activityId}>
          <option value="">{t('indicators.form.choose')}</option>
          {(plans ?? []).map((plan) => (
            <optgroup key={plan.id} label={plan.title}>
              {plan.activities.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.what}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      ) : null}
      <fieldset className="field">
        <legend>{t('indicators.form.baseline')}</legend>
        {frozenSince ? <p className="field__hint">{t('indicators.form.frozen', { date: frozenSince })}</p> : null}
        <div className="form__row">
          <TextField id={ids.baselineValue} label={t('indicators.form.value')} inputMode="decimal" readOnly={frozenSince !== null} value={value.baselineValue} onChange={(e) => set('baselineValue', e.target.value)} error={fieldErrors.baselineValue} />
          <TextField id={ids.baselinePeriod} label={t('indicators.form.period')} hint={periodHint} readOnly={frozenSince !== null} value={value.baselinePeriod} onChange={(e) => set('baselinePeriod', e.target.value)} error={fieldErrors.baselinePeriod} />
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>{t('indicators.form.target')}</legend>
        <div className="form__row">
          <TextField id={ids.targetValue} label={t('indicators.form.value')} inputMode="decimal" value={value.targetValue} onChange={(e) => set('targetValue', e.target.value)} error={fieldErrors.targetValue} />
          <TextField id={ids.targetPeriod} label={t('indicators.form.period')} hint={periodHint} value={value.targetPeriod} onChange={(e) => set('targetPeriod', e.target.value)} error={fieldErrors.targetPeriod} />
        </div>
      </fieldset>
      {value.direction === 'maintain' ? (
        <TextField id={ids.tolerance} label={t('indicators.form.tolerance')} hint={t('indicators.form.toleranceHint')} inputMode="decimal" value={value.tolerance} onChange={(e) => set('tolerance', e.target.value)} error={fieldErrors.tolerance} />
      ) : null}
    </>
  );
}
