import { useTranslation } from 'react-i18next';
import { describeFrequency } from '../../../../../domain/frequency/frequency.describe.js';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.js';
import { ItemActions, type ReviewContext } from './review-context.js';
import { inputId, withWhen, type PlanRowDraft } from './review-draft.js';

type ListKey = 'partners' | 'responsible' | 'followUp';

/** One plan row: focus area, what, when (with the target read from it), partners, responsible, follow-up, promise. */
function PlanRow({ ctx, row, index }: { ctx: ReviewContext; row: PlanRowDraft; index: number }) {
  const { t, i18n } = useTranslation();
  const { draft, update, errors } = ctx;
  const path = (key: string) => `extraction.planRows.${index}.${key}`;
  const source = (key: string) => `planRows.${row.source}.${key}`;
  const set = (change: (r: PlanRowDraft) => PlanRowDraft) => update((d) => ({ ...d, planRows: d.planRows.map((r, j) => (j === index ? change(r) : r)) }));
  const legend = t('documentImport.review.planRow', { n: index + 1 });
  const targetId = `${inputId(path('when'))}-target`;
  const list = (key: ListKey) => (
    <TextAreaField
      id={inputId(path(key))}
      label={t(`documentImport.fields.row.${key}`)}
      hint={t('documentImport.fields.perLine')}
      rows={2}
      value={row[key]}
      error={errors[path(key)]}
      onFocus={() => ctx.show(source(key), false)}
      onChange={(event) => set((r) => ({ ...r, [key]: event.target.value }))}
    />
  );
  return (
    <fieldset className="import-item import-row">
      <legend>{legend}</legend>
      <TextField
        id={inputId(path('focusArea'))}
        label={t('documentImport.fields.row.focusArea')}
        value={row.focusArea}
        error={errors[path('focusArea')]}
        onFocus={() => ctx.show(source('focusArea'), false)}
        onChange={(event) => set((r) => ({ ...r, focusArea: event.target.value }))}
      />
      <TextAreaField
        id={inputId(path('what'))}
        label={t('documentImport.fields.row.what')}
        rows={3}
        value={row.what}
        error={errors[path('what')]}
        onFocus={() => ctx.show(source('what'), false)}
        onChange={(event) => set((r) => ({ ...r, what: event.target.value }))}
      />
      <TextField
        id={inputId(path('when'))}
        label={t('documentImport.fields.row.when')}
        value={row.when}
        error={errors[path('when')]}
        describedById={targetId}
        onFocus={() => ctx.show(source('when'), false)}
        onChange={(event) => set((r) => withWhen(r, event.target.value))}
      />
      <p id={targetId} className="field__hint import-row__target">
        {t('documentImport.fields.row.target', { target: describeFrequency(row.frequency, i18n.language === 'en' ? 'en' : 'sv') })}
      </p>
      {list('partners')}
      {list('responsible')}
      {list('followUp')}
      {draft.createPromises && draft.focusAreas.length > 0 ? (
        <SelectField
          id={inputId(`choices.planRowPromises.${index}`)}
          label={t('documentImport.fields.row.promise')}
          value={row.promise === null ? '' : String(row.promise)}
          error={errors[`choices.planRowPromises.${index}`]}
          onChange={(event) => set((r) => ({ ...r, promise: event.target.value === '' ? null : Number(event.target.value) }))}
        >
          <option value="">{t('documentImport.fields.row.noPromise')}</option>
          {draft.focusAreas.map((f, i) => (
            <option key={f.source} value={i}>
              {t('documentImport.review.focusArea', { n: i + 1 })}: {f.text.length > 80 ? `${f.text.slice(0, 80)}…` : f.text}
            </option>
          ))}
        </SelectField>
      ) : null}
      <ItemActions ctx={ctx} path={source('what')} label={legend} onRemove={() => update((d) => ({ ...d, planRows: d.planRows.filter((_, j) => j !== index) }))} />
    </fieldset>
  );
}

export function PlanRowFields({ ctx }: { ctx: ReviewContext }) {
  const { t } = useTranslation();
  return (
    <section className="import-group" aria-labelledby="import-rows-heading">
      <h3 id="import-rows-heading">{t('documentImport.review.planRowsHeading', { count: ctx.draft.planRows.length })}</h3>
      {ctx.draft.planRows.length === 0 ? <p>{t('documentImport.review.noneFound')}</p> : null}
      {ctx.draft.planRows.map((row, i) => (
        <PlanRow key={row.source} ctx={ctx} row={row} index={i} />
      ))}
    </section>
  );
}
