import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { Alert } from '../../../components/ui/alert.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import type { Indicator } from '../../../lib/api-types.js';
import { useAdoptIndicator } from '../api/adopt-indicator.js';
import { useRemoveIndicator } from '../api/remove-indicator.js';
import { useRemoveIndicatorValue, type IndicatorValue } from '../api/set-indicator-value.js';
import { staleIndicatorOf } from '../api/update-indicator.js';
import { EditIndicatorForm } from './indicator-forms.js';
import type { IndicatorFieldsProps } from './indicator-fields.js';
import { IndicatorStatusBadge, useIndicatorNumber, useValueWithPeriod } from './indicator-status.js';
import { SeriesChart } from './series-chart.js';
import { ValueForm } from './value-form.js';

interface IndicatorSectionProps {
  context: Pick<IndicatorFieldsProps, 'collaborationId' | 'focusAreas' | 'plans' | 'series'>;
  indicator: Indicator;
  canEdit: boolean;
  canEnterValues: boolean;
  onMessage: (message: string) => void;
}

/** One indicator: what it measures and from where, baseline and target, status, the series, and (for those allowed) its actions. */
export function IndicatorSection({ context, indicator, canEdit, canEnterValues, onMessage }: IndicatorSectionProps) {
  const { t } = useTranslation();
  const format = useIndicatorNumber();
  const withPeriod = useValueWithPeriod();
  const sourceText = useSourceText();
  const [editing, setEditing] = useState(false);
  const [correcting, setCorrecting] = useState<IndicatorValue | null>(null);
  const adopt = useAdoptIndicator(context.collaborationId);
  const remove = useRemoveIndicator(context.collaborationId);
  const removeValue = useRemoveIndicatorValue(context.collaborationId, indicator.id);
  const headingId = `indicator-${indicator.id}`;
  const manual = indicator.source === 'manual';
  const focusArea = context.focusAreas.find((f) => f.id === indicator.focusAreaId);
  // Someone changed (or adopted) the indicator after this user looked: nothing was frozen; say what it looks like now.
  const staleAdopt = staleIndicatorOf(adopt.error);

  return (
    <section className="section panel" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {indicator.name}
      </h2>
      <IndicatorStatusBadge status={indicator.status.status} />
      {indicator.description ? <p>{indicator.description}</p> : null}
      <dl className="summary-list summary-list--compact">
        <div>
          <dt>{t('indicators.columns.unit')}</dt>
          <dd>{indicator.unit || t('common.empty')}</dd>
        </div>
        <div>
          <dt>{t('indicators.columns.direction')}</dt>
          <dd>{t(`indicators.directions.${indicator.direction}`)}</dd>
        </div>
        <div>
          <dt>{t('indicators.form.source')}</dt>
          <dd>{sourceText(indicator)}</dd>
        </div>
        {focusArea ? (
          <div>
            <dt>{t('indicators.form.focusArea')}</dt>
            <dd>{focusArea.name}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('indicators.columns.baseline')}</dt>
          <dd>
            {withPeriod(indicator.baselineValue, indicator.baselinePeriod)}
            {indicator.adoptedOn ? ` – ${t('indicators.adoptedOn', { date: indicator.adoptedOn })}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('indicators.columns.target')}</dt>
          <dd>
            {withPeriod(indicator.targetValue, indicator.targetPeriod)}
            {indicator.direction === 'maintain' && indicator.tolerance !== null ? ` ${t('indicators.toleranceText', { value: format(indicator.tolerance) })}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('indicators.columns.latest')}</dt>
          <dd>{indicator.status.latest ? withPeriod(indicator.status.latest.value, indicator.status.latest.period) : t('indicators.noValues')}</dd>
        </div>
      </dl>

      {indicator.series.length > 0 ? (
        <>
          <SeriesChart indicator={indicator} />
          <TableRegion labelledBy={`${headingId}-series`}>
            <table className="table">
              <caption id={`${headingId}-series`}>{t('indicators.seriesCaption', { name: indicator.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('indicators.form.period')}</th>
                  <th scope="col">{t('indicators.form.value')}</th>
                  {manual ? <th scope="col">{t('indicators.values.note')}</th> : null}
                  {manual && canEnterValues ? <th scope="col">{t('common.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {indicator.series.map((p) => (
                  <tr key={p.period}>
                    <th scope="row">{p.period}</th>
                    <td>{format(p.value)}</td>
                    {manual ? <td>{p.note || t('common.empty')}</td> : null}
                    {manual && canEnterValues ? (
                      <td>
                        <div className="row-actions">
                          <Button
                            variant="secondary"
                            aria-label={t('indicators.values.correctLabel', { period: p.period })}
                            onClick={() => setCorrecting(p)}
                          >
                            {t('indicators.values.correct')}
                          </Button>
                          <ConfirmButton
                            label={t('common.remove')}
                            accessibleLabel={t('indicators.values.removeLabel', { period: p.period })}
                            question={t('indicators.values.removeQuestion', { period: p.period })}
                            confirmLabel={t('indicators.values.removeConfirm')}
                            busy={removeValue.isPending}
                            onConfirm={() => removeValue.mutate(p.period, { onSuccess: () => onMessage(t('indicators.values.removed', { period: p.period, name: indicator.name })) })}
                          />
                        </div>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      ) : (
        <p className="muted-text">{t(manual ? 'indicators.noValuesManual' : 'indicators.noValuesDerived')}</p>
      )}
      <ErrorSummary error={removeValue.error} />

      {manual && canEnterValues ? (
        <ValueForm
          key={correcting ? `${correcting.period}-${correcting.version}` : 'new'}
          collaborationId={context.collaborationId}
          indicator={indicator}
          correcting={correcting}
          onCancelCorrection={() => setCorrecting(null)}
          onSaved={onMessage}
        />
      ) : null}

      {canEdit && !editing ? (
        <div className="form__actions">
          <Button variant="secondary" aria-label={t('indicators.editLabel', { name: indicator.name })} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
          {indicator.adoptedOn === null ? (
            <ConfirmButton
              label={t('indicators.adopt.button')}
              accessibleLabel={t('indicators.adopt.label', { name: indicator.name })}
              question={
                indicator.baselineValue === null || indicator.baselinePeriod === null
                  ? t('indicators.adopt.questionNoBaseline')
                  : t('indicators.adopt.question', { value: withPeriod(indicator.baselineValue, indicator.baselinePeriod) })
              }
              confirmLabel={t('indicators.adopt.confirm')}
              busy={adopt.isPending}
              onConfirm={() => adopt.mutate({ indicatorId: indicator.id, version: indicator.version }, { onSuccess: (saved) => onMessage(t('indicators.adopt.done', { name: saved.name, date: saved.adoptedOn ?? '' })) })}
            />
          ) : null}
          <ConfirmButton
            label={t('common.remove')}
            accessibleLabel={t('indicators.removeLabel', { name: indicator.name })}
            question={t('indicators.removeQuestion', { name: indicator.name })}
            confirmLabel={t('indicators.removeConfirm')}
            busy={remove.isPending}
            onConfirm={() => remove.mutate(indicator.id, { onSuccess: () => onMessage(t('indicators.removed', { name: indicator.name })) })}
          />
        </div>
      ) : null}
      {staleAdopt ? (
        <Alert tone="error" title={t('indicators.adopt.staleTitle')}>
          <p>
            {staleAdopt.adoptedOn
              ? t('indicators.adopt.staleAdopted', { date: staleAdopt.adoptedOn })
              : t('indicators.adopt.stale', { value: withPeriod(staleAdopt.baselineValue, staleAdopt.baselinePeriod) })}
          </p>
        </Alert>
      ) : (
        <ErrorSummary error={adopt.error ?? remove.error} />
      )}
      {editing ? (
        <EditIndicatorForm
          context={context}
          indicator={indicator}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onMessage(t('indicators.saved', { name: saved.name }));
          }}
        />
      ) : null}
    </section>
  );
}

/** "Kolada (nyckeltal): N07403 (2417, Totalt)", "Antal loggade aktiviteter: Trafikkontroller" … */
function useSourceText(): (i: Indicator) => string {
  const { t } = useTranslation();
  return (i) => {
    const source = t(`indicators.sources.${i.source}`);
    if (i.source === 'activity_count') return `${source}: ${i.activityName ?? t('indicators.activityGone')}`;
    if (i.source === 'manual') return source;
    const area = i.source === 'survey' ? i.sourceArea : (i.sourceAreaCode ?? '');
    const dimension = (['T', 'K', 'M'] as const).find((d) => d === i.sourceDimension) ?? 'T';
    const extra = i.source === 'kolada' ? `, ${t(`indicators.form.dimensions.${dimension}`)}` : i.per100k ? `, ${t('indicators.per100kShort')}` : '';
    return `${source}: ${i.sourceSeries ?? ''} (${area}${extra})`;
  };
}
