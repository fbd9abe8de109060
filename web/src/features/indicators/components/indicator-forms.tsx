import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Indicator } from '../../../lib/api-types.js';
import { useVersionedDraft } from '../../../lib/use-versioned-draft.js';
import { useCreateIndicator } from '../api/create-indicator.js';
import { staleIndicatorOf, useUpdateIndicator } from '../api/update-indicator.js';
import { indicatorBodyOf, indicatorDraftOf, indicatorFieldIds, newIndicatorDraft, type IndicatorDraft } from './indicator-draft.js';
import { IndicatorFields, type IndicatorFieldsProps } from './indicator-fields.js';

type Context = Pick<IndicatorFieldsProps, 'collaborationId' | 'focusAreas' | 'plans' | 'series'>;

/** "Ny indikator" (coordinators). */
export function CreateIndicatorForm({ context, onCreated, onCancel }: { context: Context; onCreated: (indicator: Indicator) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const create = useCreateIndicator(context.collaborationId);
  const [draft, setDraft] = useState<IndicatorDraft>(newIndicatorDraft);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(indicatorBodyOf(draft), { onSuccess: onCreated });
  }

  return (
    <section className="section panel" aria-labelledby="new-indicator-heading">
      <h2 id="new-indicator-heading" ref={headingRef} tabIndex={-1}>
        {t('indicators.createHeading')}
      </h2>
      <ErrorSummary error={create.error} fieldIds={indicatorFieldIds('new-indicator')} />
      <form className="form" onSubmit={submit} noValidate>
        <IndicatorFields {...context} idPrefix="new-indicator" value={draft} onChange={setDraft} fieldErrors={fieldErrorsOf(create.error)} frozenSince={null} />
        <div className="form__actions">
          <Button type="submit">{create.isPending ? t('common.saving') : t('indicators.create')}</Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** "Ändra indikatorn": saved with the version the user started from; a stale save shows both versions. */
export function EditIndicatorForm({ context, indicator, onDone }: { context: Context; indicator: Indicator; onDone: (saved: Indicator | null) => void }) {
  const { t } = useTranslation();
  const update = useUpdateIndicator(context.collaborationId, indicator.id);
  const { draft, setDraft, baseVersion, conflict, setConflict, restart: restartFrom } = useVersionedDraft<IndicatorDraft, Indicator>(() => indicatorDraftOf(indicator), indicator.version);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const prefix = `edit-indicator-${indicator.id}`;
  const ids = indicatorFieldIds(prefix);
  useEffect(() => headingRef.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    const body = indicatorBodyOf(draft);
    // An adopted indicator's baseline is frozen: send it unchanged (the server refuses a change).
    const changes = indicator.adoptedOn ? { ...body, baselineValue: indicator.baselineValue, baselinePeriod: indicator.baselinePeriod } : body;
    update.mutate({ version: baseVersion, changes }, { onSuccess: (saved) => onDone(saved), onError: (error) => setConflict(staleIndicatorOf(error)) });
  }

  function restart(latest: Indicator, keepMine: boolean) {
    restartFrom(keepMine ? undefined : indicatorDraftOf(latest));
    update.reset();
    document.getElementById(ids.name)?.focus();
  }

  const or = (text: string) => text || t('common.empty');
  const theirs = conflict ? indicatorDraftOf(conflict) : null;
  return (
    <section className="section panel" aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        {t('indicators.editHeading', { name: indicator.name })}
      </h3>
      {conflict && theirs ? (
        <ConflictNotice
          rows={[
            { label: t('indicators.form.name'), theirs: theirs.name, mine: draft.name },
            { label: t('indicators.form.unit'), theirs: or(theirs.unit), mine: or(draft.unit) },
            { label: t('indicators.form.direction'), theirs: t(`indicators.directions.${theirs.direction}`), mine: t(`indicators.directions.${draft.direction}`) },
            { label: t('indicators.form.source'), theirs: t(`indicators.sources.${theirs.source}`), mine: t(`indicators.sources.${draft.source}`) },
            { label: t('indicators.form.baseline'), theirs: or(`${theirs.baselineValue} ${theirs.baselinePeriod}`.trim()), mine: or(`${draft.baselineValue} ${draft.baselinePeriod}`.trim()) },
            { label: t('indicators.form.target'), theirs: or(`${theirs.targetValue} ${theirs.targetPeriod}`.trim()), mine: or(`${draft.targetValue} ${draft.targetPeriod}`.trim()) },
          ]}
          onRedo={() => restart(conflict, true)}
          onTakeLatest={() => restart(conflict, false)}
        />
      ) : (
        <ErrorSummary error={update.error} fieldIds={ids} />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <IndicatorFields {...context} idPrefix={prefix} value={draft} onChange={setDraft} fieldErrors={fieldErrorsOf(update.error)} frozenSince={indicator.adoptedOn} />
        <div className="form__actions">
          <Button type="submit" disabled={conflict !== null}>
            {update.isPending ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
