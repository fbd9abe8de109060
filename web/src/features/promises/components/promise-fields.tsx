import { useTranslation } from 'react-i18next';
import { PeriodFields, SelectField, TextAreaField, TextField } from '../../../components/ui/field.js';
import type { FieldErrors } from '../../../lib/api-errors.js';
import type { CitizenPromise, CreatePromiseInput, Organisation } from '../../../lib/api-types.js';

export type PromiseDraft = CreatePromiseInput;

export function promiseDraftOf(promise: CitizenPromise): PromiseDraft {
  return { municipalityId: promise.municipalityId, title: promise.title, periodStart: promise.periodStart, periodEnd: promise.periodEnd, effects: promise.effects };
}

/** New medborgarlöften start for the first kommun and this calendar year. */
export function newPromiseDraft(municipalities: readonly Organisation[], today: string): PromiseDraft {
  const year = today.slice(0, 4);
  return { municipalityId: municipalities[0]?.id ?? '', title: '', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, effects: '' };
}

export function promiseFieldIds(prefix: string) {
  return {
    municipalityId: `${prefix}-municipality`,
    title: `${prefix}-title`,
    periodStart: `${prefix}-period-start`,
    periodEnd: `${prefix}-period-end`,
    effects: `${prefix}-effects`,
  };
}

interface PromiseFieldsProps {
  idPrefix: string;
  value: PromiseDraft;
  onChange: (draft: PromiseDraft) => void;
  /** The kommuner among the collaboration's parties: the promises are made to one of them. */
  municipalities: readonly Organisation[];
  fieldErrors: FieldErrors;
}

/** Kommun, title and period: shared by "Nya medborgarlöften" and "Ändra medborgarlöftena". */
export function PromiseFields({ idPrefix, value, onChange, municipalities, fieldErrors }: PromiseFieldsProps) {
  const { t } = useTranslation();
  const ids = promiseFieldIds(idPrefix);
  const set = <K extends keyof PromiseDraft>(key: K, next: PromiseDraft[K]) => onChange({ ...value, [key]: next });
  return (
    <>
      <SelectField
        id={ids.municipalityId}
        label={t('promises.municipality')}
        required
        value={value.municipalityId}
        onChange={(e) => set('municipalityId', e.target.value)}
        error={fieldErrors.municipalityId}
      >
        {municipalities.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id={ids.title}
        label={t('promises.promiseTitle')}
        hint={t('promises.promiseTitleHint')}
        required
        maxLength={300}
        value={value.title}
        onChange={(e) => set('title', e.target.value)}
        error={fieldErrors.title}
      />
      <PeriodFields
        ids={ids}
        labels={{ periodStart: t('promises.periodStart'), periodEnd: t('promises.periodEnd') }}
        value={value}
        onChange={set}
        errors={fieldErrors}
      />
      <TextAreaField
        id={ids.effects}
        label={t('promises.effects')}
        hint={t('promises.effectsHint')}
        rows={4}
        maxLength={5000}
        value={value.effects ?? ''}
        onChange={(e) => set('effects', e.target.value)}
        error={fieldErrors.effects}
      />
    </>
  );
}
