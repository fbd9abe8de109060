import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/ui/field.js';
import type { Collaboration } from '../../../lib/api-types.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';
import { ItemActions, ShowInText, type ReviewContext } from './review-context.js';
import { inputId, type ReviewDraft } from './review-draft.js';

type TextKey = 'title' | 'municipalities' | 'policeAreas' | 'validFrom' | 'validTo' | 'renewal' | 'diarienummer';

/** The document's own fields: kind, title, parties named, validity, diarienummer. */
export function DocumentFields({ ctx }: { ctx: ReviewContext }) {
  const { t } = useTranslation();
  const { draft, update, errors } = ctx;
  const text = (key: TextKey, source: string, type = 'text') => {
    const label = t(`documentImport.fields.${key}`);
    return (
      <div className="import-field">
        <TextField
          id={inputId(`extraction.${key}`)}
          label={label}
          type={type}
          value={draft[key]}
          error={errors[`extraction.${key}`]}
          hint={key === 'municipalities' || key === 'policeAreas' ? t('documentImport.fields.commaHint') : undefined}
          onFocus={() => ctx.show(source, false)}
          onChange={(event) => update((d) => ({ ...d, [key]: event.target.value }))}
        />
        <ShowInText ctx={ctx} path={source} label={label} />
      </div>
    );
  };
  return (
    <section className="import-group" aria-labelledby="import-document-heading">
      <h3 id="import-document-heading">{t('documentImport.review.documentHeading')}</h3>
      <SelectField
        id={inputId('extraction.kind')}
        label={t('documentImport.fields.kind')}
        value={draft.kind}
        error={errors['extraction.kind']}
        onChange={(event) => update((d) => ({ ...d, kind: event.target.value as ReviewDraft['kind'] }))}
      >
        <option value="samverkansoverenskommelse">{t('documentImport.kinds.samverkansoverenskommelse')}</option>
        <option value="medborgarlofte">{t('documentImport.kinds.medborgarlofte')}</option>
        <option value="handlingsplan">{t('documentImport.kinds.handlingsplan')}</option>
      </SelectField>
      {text('title', 'title')}
      {text('municipalities', 'municipalities.0')}
      {text('policeAreas', 'policeAreas.0')}
      {text('validFrom', 'validFrom', 'date')}
      {text('validTo', 'validTo', 'date')}
      <CheckboxField
        id={inputId('extraction.openEnded')}
        label={t('documentImport.fields.openEnded')}
        checked={draft.openEnded}
        onChange={(event) => update((d) => ({ ...d, openEnded: event.target.checked }))}
      />
      {text('renewal', 'renewal')}
      {text('diarienummer', 'diarienummer')}
    </section>
  );
}

/** Who signed: name, title and organisation per signatory. */
export function SignatoryFields({ ctx }: { ctx: ReviewContext }) {
  const { t } = useTranslation();
  const { draft, update, errors } = ctx;
  const set = (i: number, key: 'name' | 'title' | 'organisation', value: string) =>
    update((d) => ({ ...d, signatories: d.signatories.map((s, j) => (j === i ? { ...s, [key]: value } : s)) }));
  return (
    <section className="import-group" aria-labelledby="import-signatories-heading">
      <h3 id="import-signatories-heading">{t('documentImport.review.signatoriesHeading')}</h3>
      {draft.signatories.length === 0 ? <p>{t('documentImport.review.noneFound')}</p> : null}
      {draft.signatories.map((s, i) => {
        const legend = t('documentImport.review.signatory', { n: i + 1 });
        const source = `signatories.${s.source}`;
        return (
          <fieldset key={s.source} className="import-item">
            <legend>{legend}</legend>
            {(['name', 'title', 'organisation'] as const).map((key) => (
              <TextField
                key={key}
                id={inputId(`extraction.signatories.${i}.${key}`)}
                label={t(`documentImport.fields.signatory.${key}`)}
                value={s[key]}
                error={errors[`extraction.signatories.${i}.${key}`]}
                onFocus={() => ctx.show(source, false)}
                onChange={(event) => set(i, key, event.target.value)}
              />
            ))}
            <ItemActions ctx={ctx} path={source} label={legend} onRemove={() => update((d) => ({ ...d, signatories: d.signatories.filter((_, j) => j !== i) }))} />
          </fieldset>
        );
      })}
    </section>
  );
}

/** Focus areas (in a medborgarlöfte: the promises themselves). */
export function FocusAreaFields({ ctx }: { ctx: ReviewContext }) {
  const { t } = useTranslation();
  const { draft, update, errors } = ctx;
  const remove = (i: number) =>
    update((d) => ({
      ...d,
      focusAreas: d.focusAreas.filter((_, j) => j !== i),
      // Rows linked to later promises keep their promise; rows of the removed one lose it.
      planRows: d.planRows.map((r) => ({ ...r, promise: r.promise === null || r.promise === i ? null : r.promise > i ? r.promise - 1 : r.promise })),
    }));
  return (
    <section className="import-group" aria-labelledby="import-focus-heading">
      <h3 id="import-focus-heading">{t(draft.kind === 'medborgarlofte' ? 'documentImport.review.promisesHeading' : 'documentImport.review.focusAreasHeading')}</h3>
      {draft.focusAreas.length === 0 ? <p>{t('documentImport.review.noneFound')}</p> : null}
      {draft.focusAreas.map((f, i) => {
        const label = t('documentImport.review.focusArea', { n: i + 1 });
        const source = `focusAreas.${f.source}`;
        return (
          <div key={f.source} className="import-item">
            <TextAreaField
              id={inputId(`extraction.focusAreas.${i}`)}
              label={label}
              rows={3}
              value={f.text}
              error={errors[`extraction.focusAreas.${i}`]}
              onFocus={() => ctx.show(source, false)}
              onChange={(event) => update((d) => ({ ...d, focusAreas: d.focusAreas.map((x, j) => (j === i ? { ...x, text: event.target.value } : x)) }))}
            />
            <ItemActions ctx={ctx} path={source} label={label} onRemove={() => remove(i)} />
          </div>
        );
      })}
    </section>
  );
}

/** Each party's commitments, with the party chosen among the collaboration's. */
export function CommitmentFields({ ctx, parties }: { ctx: ReviewContext; parties: Collaboration['parties'] }) {
  const { t } = useTranslation();
  const organisationLabel = useOrganisationLabel();
  const { draft, update, errors } = ctx;
  if (draft.commitments.length === 0) return null;
  const set = (i: number, change: Partial<ReviewDraft['commitments'][number]>) =>
    update((d) => ({ ...d, commitments: d.commitments.map((c, j) => (j === i ? { ...c, ...change } : c)) }));
  return (
    <section className="import-group" aria-labelledby="import-commitments-heading">
      <h3 id="import-commitments-heading">{t('documentImport.review.commitmentsHeading')}</h3>
      {draft.commitments.map((c, i) => {
        const legend = t('documentImport.review.commitment', { n: i + 1 });
        const source = `commitments.${c.source}`;
        return (
          <fieldset key={c.source} className="import-item">
            <legend>{legend}</legend>
            <SelectField
              id={inputId(`choices.commitmentParties.${i}`)}
              label={t('documentImport.fields.party')}
              hint={t('documentImport.fields.partyInDocument', { party: c.party })}
              value={c.partyId}
              error={errors[`choices.commitmentParties.${i}`]}
              onChange={(event) => set(i, { partyId: event.target.value })}
            >
              <option value="">{t('documentImport.fields.choosePart')}</option>
              {parties.map((p) => (
                <option key={p.id} value={p.id}>
                  {organisationLabel(p)}
                </option>
              ))}
              <option value="joint">{t('documentImport.fields.joint')}</option>
            </SelectField>
            <TextAreaField
              id={inputId(`extraction.commitments.${i}.text`)}
              label={t('documentImport.fields.commitmentText')}
              rows={3}
              value={c.text}
              error={errors[`extraction.commitments.${i}.text`]}
              onFocus={() => ctx.show(source, false)}
              onChange={(event) => set(i, { text: event.target.value })}
            />
            <ItemActions ctx={ctx} path={source} label={legend} onRemove={() => update((d) => ({ ...d, commitments: d.commitments.filter((_, j) => j !== i) }))} />
          </fieldset>
        );
      })}
    </section>
  );
}
