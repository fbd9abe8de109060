import { useTranslation } from 'react-i18next';
import { RadioGroup, TextField } from '../../../components/ui/field.js';
import type { FieldErrors } from '../../../lib/api-errors.js';
import type { AgreementValidity } from '../../../lib/api-types.js';

export const validityKinds = ['open-ended', 'fixed', 'length', 'renewing'] as const satisfies readonly AgreementValidity['kind'][];
export type ValidityKind = (typeof validityKinds)[number];

export interface ValidityDraft {
  kind: ValidityKind | 'none';
  from: string;
  to: string;
  years: string;
  months: string;
  firstEnd: string;
}

export function validityDraftOf(validity: AgreementValidity | null): ValidityDraft {
  const draft: ValidityDraft = { kind: 'none', from: '', to: '', years: '', months: '', firstEnd: '' };
  if (!validity) return draft;
  draft.kind = validity.kind;
  draft.from = validity.from;
  if (validity.kind === 'fixed') draft.to = validity.to;
  if (validity.kind === 'length') {
    draft.years = validity.years === undefined ? '' : String(validity.years);
    draft.months = validity.months === undefined ? '' : String(validity.months);
  }
  if (validity.kind === 'renewing') draft.firstEnd = validity.firstEnd;
  return draft;
}

const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** The validity to send; the server checks the dates and lengths and answers per field. */
export function validityOf(draft: ValidityDraft): AgreementValidity | null {
  switch (draft.kind) {
    case 'none':
      return null;
    case 'open-ended':
      return { kind: 'open-ended', from: draft.from };
    case 'fixed':
      return { kind: 'fixed', from: draft.from, to: draft.to };
    case 'length': {
      const years = numberOrUndefined(draft.years);
      const months = numberOrUndefined(draft.months);
      return { kind: 'length', from: draft.from, ...(years === undefined ? {} : { years }), ...(months === undefined ? {} : { months }) };
    }
    case 'renewing':
      return { kind: 'renewing', from: draft.from, firstEnd: draft.firstEnd, renewal: 'calendar-year' };
  }
}

/** Server field paths (without "body.") → input ids, for the error summary's links. */
export function validityFieldIds(prefix: string, path: string) {
  return {
    [`${path}.from`]: `${prefix}-from`,
    [`${path}.to`]: `${prefix}-to`,
    [`${path}.years`]: `${prefix}-years`,
    [`${path}.months`]: `${prefix}-months`,
    [`${path}.firstEnd`]: `${prefix}-first-end`,
  };
}

interface ValidityFieldsProps {
  idPrefix: string;
  /** Where the validity sits in the request body, e.g. "content.validity". */
  path: string;
  value: ValidityDraft;
  onChange: (draft: ValidityDraft) => void;
  fieldErrors: FieldErrors;
}

/** Giltighet: tillsvidare, från–till, en längd, or to a first end and then per calendar year. */
export function ValidityFields({ idPrefix, path, value, onChange, fieldErrors }: ValidityFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof ValidityDraft>(key: K, next: ValidityDraft[K]) => onChange({ ...value, [key]: next });
  const kinds: ('none' | ValidityKind)[] = ['none', ...validityKinds];
  return (
    <>
      <RadioGroup
        name={`${idPrefix}-kind`}
        legend={t('agreements.validity')}
        value={value.kind}
        options={kinds.map((kind) => ({ value: kind, label: t(`agreements.validityKinds.${kind}`) }))}
        onChange={(kind) => set('kind', kind)}
        error={fieldErrors[path]}
      />
      {value.kind !== 'none' ? (
        <div className="form__row">
          <TextField
            id={`${idPrefix}-from`}
            label={t('agreements.validFrom')}
            type="date"
            required
            value={value.from}
            onChange={(e) => set('from', e.target.value)}
            error={fieldErrors[`${path}.from`]}
          />
          {value.kind === 'fixed' ? (
            <TextField
              id={`${idPrefix}-to`}
              label={t('agreements.validTo')}
              type="date"
              required
              value={value.to}
              onChange={(e) => set('to', e.target.value)}
              error={fieldErrors[`${path}.to`]}
            />
          ) : null}
          {value.kind === 'renewing' ? (
            <TextField
              id={`${idPrefix}-first-end`}
              label={t('agreements.firstEnd')}
              hint={t('agreements.firstEndHint')}
              type="date"
              required
              value={value.firstEnd}
              onChange={(e) => set('firstEnd', e.target.value)}
              error={fieldErrors[`${path}.firstEnd`]}
            />
          ) : null}
          {value.kind === 'length' ? (
            <>
              <TextField
                id={`${idPrefix}-years`}
                label={t('agreements.years')}
                type="number"
                inputMode="numeric"
                min={0}
                className="input--short"
                value={value.years}
                onChange={(e) => set('years', e.target.value)}
                error={fieldErrors[`${path}.years`]}
              />
              <TextField
                id={`${idPrefix}-months`}
                label={t('agreements.months')}
                type="number"
                inputMode="numeric"
                min={0}
                className="input--short"
                value={value.months}
                onChange={(e) => set('months', e.target.value)}
                error={fieldErrors[`${path}.months`]}
              />
            </>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
