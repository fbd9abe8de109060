import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.js';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { TextField } from '../../../components/ui/field.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Indicator } from '../../../lib/api-types.js';
import { staleValueOf, useSetIndicatorValue, type IndicatorValue } from '../api/set-indicator-value.js';
import { numberOf } from './indicator-draft.js';
import { useIndicatorNumber } from './indicator-status.js';

interface ValueFormProps {
  collaborationId: string;
  indicator: Indicator;
  /** The value chosen in the table to correct (with the version seen then); null enters a new period. */
  correcting: IndicatorValue | null;
  onCancelCorrection: () => void;
  onSaved: (message: string) => void;
}

/** The value being corrected: its period and the version the user started from. */
type Base = { period: string; version: number };
/** A refused save: the period, and what is stored for it now (null when someone removed it). */
type Conflict = { period: string; current: IndicatorValue | null };

const valueText = (value: number) => String(value).replace('.', ',');

/**
 * "För in värde": a new period is sent without a version (the server refuses it if someone entered the period
 * meanwhile), a correction with the version of the value the user chose; a refused save shows the other person's value.
 */
export function ValueForm({ collaborationId, indicator, correcting, onCancelCorrection, onSaved }: ValueFormProps) {
  const { t } = useTranslation();
  const format = useIndicatorNumber();
  const save = useSetIndicatorValue(collaborationId, indicator.id);
  const [period, setPeriod] = useState(correcting?.period ?? '');
  const [value, setValue] = useState(correcting ? valueText(correcting.value) : '');
  const [note, setNote] = useState(correcting?.note ?? '');
  const [base, setBase] = useState<Base | null>(correcting?.version != null ? { period: correcting.period, version: correcting.version } : null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const prefix = `value-${indicator.id}`;
  const ids = { value: `${prefix}-value`, note: `${prefix}-note`, period: `${prefix}-period` };
  const errors = fieldErrorsOf(save.error);
  // Only while the period is the one chosen in the table is the save a correction of that version.
  const correction = base && base.period === period.trim() ? base : null;

  useEffect(() => {
    if (correcting) document.getElementById(ids.value)?.focus();
  }, [correcting, ids.value]);

  function clear() {
    setPeriod('');
    setValue('');
    setNote('');
    setBase(null);
    setConflict(null);
    save.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending || conflict) return;
    const chosen = period.trim();
    save.mutate(
      { period: chosen, value: numberOf(value) as number, note, version: correction?.version },
      {
        onSuccess: () => {
          onSaved(t('indicators.values.saved', { period: chosen, name: indicator.name }));
          clear();
          onCancelCorrection();
        },
        onError: (error) => {
          const stale = staleValueOf(error);
          if (stale) setConflict({ period: chosen, current: stale.current });
        },
      },
    );
  }

  /** Goes on from the stored value: as a correction of its version, with my figures or with theirs. */
  function restart(current: IndicatorValue | null, keepMine: boolean) {
    setBase(current?.version != null ? { period: current.period, version: current.version } : null);
    if (current && !keepMine) {
      setValue(valueText(current.value));
      setNote(current.note);
    }
    setConflict(null);
    save.reset();
    document.getElementById(ids.value)?.focus();
  }

  const noteText = (text: string) => text || t('common.empty');
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`}>{correction ? t('indicators.values.correctHeading', { period: correction.period }) : t('indicators.values.heading')}</h3>
      {conflict?.current ? (
        <ConflictNotice
          rows={[
            { label: t('indicators.form.period'), theirs: conflict.current.period, mine: conflict.period },
            { label: t('indicators.form.value'), theirs: format(conflict.current.value), mine: value },
            { label: t('indicators.values.note'), theirs: noteText(conflict.current.note), mine: noteText(note) },
          ]}
          onRedo={() => restart(conflict.current, true)}
          onTakeLatest={() => restart(conflict.current, false)}
        />
      ) : conflict ? (
        <Alert tone="error" title={t('indicators.values.removedTitle', { period: conflict.period })}>
          <p>{t('indicators.values.removedText')}</p>
          <div className="form__actions">
            <Button onClick={() => restart(null, true)}>{t('indicators.values.enterAsNew')}</Button>
            <Button variant="secondary" onClick={clear}>
              {t('common.cancel')}
            </Button>
          </div>
        </Alert>
      ) : (
        <ErrorSummary error={save.error} fieldIds={ids} />
      )}
      <div className="form__row">
        <TextField id={ids.period} label={t('indicators.form.period')} hint={t('indicators.form.periodHint')} required value={period} onChange={(e) => setPeriod(e.target.value)} error={errors.period} />
        <TextField id={ids.value} label={t('indicators.form.value')} required inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} error={errors.value} />
      </div>
      <TextField id={ids.note} label={t('indicators.values.note')} hint={t('indicators.values.noteHint')} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} error={errors.note} />
      <div className="form__actions">
        <Button type="submit" disabled={conflict !== null}>
          {save.isPending ? t('common.saving') : t('indicators.values.save')}
        </Button>
        {base ? (
          <Button
            variant="secondary"
            onClick={() => {
              clear();
              onCancelCorrection();
            }}
          >
            {t('indicators.values.cancelCorrection')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
