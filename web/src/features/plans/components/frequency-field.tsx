import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/field.js';
import type { FieldErrors, LocalizedText } from '../../../lib/api-errors.js';
import { useLocale } from '../../../lib/i18n.js';
import { useDebouncedValue } from '../../../lib/use-debounced-value.js';
import {
  describeTarget,
  draftFrom,
  FREQUENCY_KINDS,
  FREQUENCY_UNITS,
  frequencyFromDraft,
  parseFrequency,
  type FrequencyDraft,
  type FrequencyKind,
  type FrequencyUnit,
} from './frequency-draft.js';

interface FrequencyFieldProps {
  idPrefix: string;
  /** The "När" text as typed. */
  whenText: string;
  /** The user's own target, or null to use the one read from the text. */
  manual: FrequencyDraft | null;
  onManualChange: (draft: FrequencyDraft | null) => void;
  /** Server problems under "frequency.…". */
  fieldErrors: FieldErrors;
  /** Set after a save attempt: show which numbers are not whole numbers. */
  showDraftProblems: boolean;
}

export function previewId(idPrefix: string): string {
  return `${idPrefix}-when-preview`;
}

/**
 * The target read from "När" while the user types (announced politely), and the way to set it by hand:
 * kind, count, unit, interval and "minst", sent as `frequency` so the user's reading wins over the parser's.
 */
export function FrequencyField({ idPrefix, whenText, manual, onManualChange, fieldErrors, showDraftProblems }: FrequencyFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  // One announcement per pause in typing, not one per key.
  const settledText = useDebouncedValue(whenText, 250);
  const parsed = parseFrequency(settledText);
  const ids = {
    kind: `${idPrefix}-frequency-kind`,
    count: `${idPrefix}-frequency-count`,
    unit: `${idPrefix}-frequency-unit`,
    interval: `${idPrefix}-frequency-interval`,
    atLeast: `${idPrefix}-frequency-at-least`,
  };
  const toggleRef = useRef<HTMLButtonElement>(null);
  const wasManual = useRef(manual !== null);

  // Opening the correction moves focus to its first field; closing it returns focus to the button.
  useEffect(() => {
    const isManual = manual !== null;
    if (isManual && !wasManual.current) document.getElementById(ids.kind)?.focus();
    if (!isManual && wasManual.current) toggleRef.current?.focus();
    wasManual.current = isManual;
  }, [manual, ids.kind]);

  const result = manual ? frequencyFromDraft(manual, whenText) : null;
  const draftError = (bad: boolean): LocalizedText | undefined =>
    showDraftProblems && bad ? { text: t('frequency.wholeNumber'), lang: locale } : undefined;
  const change = (patch: Partial<FrequencyDraft>) => manual && onManualChange({ ...manual, ...patch });
  const quantitative = manual?.kind === 'periodic' || manual?.kind === 'total';

  let preview;
  if (manual) {
    preview = result?.ok ? (
      <p>
        {t('frequency.manual')} <strong>{describeTarget(result.frequency, locale)}</strong>
      </p>
    ) : (
      <p>{t('frequency.manualIncomplete')}</p>
    );
  } else if (settledText.trim() === '') {
    preview = <p>{t('frequency.previewEmpty')}</p>;
  } else if (parsed.kind === 'unspecified') {
    preview = <p className="frequency__unspecified">{t('frequency.unspecified')}</p>;
  } else {
    preview = (
      <p>
        {t('frequency.parsed')} <strong>{describeTarget(parsed, locale)}</strong>
      </p>
    );
  }

  return (
    <div className="frequency">
      <div id={previewId(idPrefix)} className="frequency__preview" aria-live="polite">
        {preview}
      </div>
      {manual ? (
        <fieldset className="fieldset frequency__own">
          <legend>{t('frequency.ownLegend')}</legend>
          <p className="field__hint">{t('frequency.ownIntro')}</p>
          <SelectField
            id={ids.kind}
            label={t('frequency.kind')}
            value={manual.kind}
            onChange={(e) => change({ kind: e.target.value as FrequencyKind })}
            error={fieldErrors['frequency.kind'] ?? fieldErrors.frequency}
          >
            {FREQUENCY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`frequency.kinds.${kind}`)}
              </option>
            ))}
          </SelectField>
          {quantitative ? (
            <TextField
              id={ids.count}
              label={t('frequency.count')}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              className="input--short"
              value={manual.count}
              onChange={(e) => change({ count: e.target.value })}
              error={fieldErrors['frequency.count'] ?? draftError(result?.ok === false && result.count)}
            />
          ) : null}
          {manual.kind === 'periodic' ? (
            <>
              <SelectField
                id={ids.unit}
                label={t('frequency.unit')}
                value={manual.unit}
                onChange={(e) => change({ unit: e.target.value as FrequencyUnit })}
                error={fieldErrors['frequency.unit']}
              >
                {FREQUENCY_UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`frequency.units.${unit}`)}
                  </option>
                ))}
              </SelectField>
              <TextField
                id={ids.interval}
                label={t('frequency.interval')}
                hint={t('frequency.intervalHint')}
                type="number"
                inputMode="numeric"
                min={1}
                step={1}
                className="input--short"
                value={manual.interval}
                onChange={(e) => change({ interval: e.target.value })}
                error={fieldErrors['frequency.interval'] ?? draftError(result?.ok === false && result.interval)}
              />
            </>
          ) : null}
          {quantitative ? (
            <CheckboxField id={ids.atLeast} label={t('frequency.atLeast')} checked={manual.atLeast} onChange={(e) => change({ atLeast: e.target.checked })} />
          ) : null}
          <Button variant="secondary" onClick={() => onManualChange(null)}>
            {t('frequency.useParsed')}
          </Button>
        </fieldset>
      ) : (
        <Button ref={toggleRef} variant="secondary" onClick={() => onManualChange(draftFrom(parseFrequency(whenText)))}>
          {parsed.kind === 'unspecified' ? t('frequency.setOwn') : t('frequency.correct')}
        </Button>
      )}
    </div>
  );
}
