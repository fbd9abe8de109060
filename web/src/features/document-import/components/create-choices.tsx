import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/field.js';
import { FieldErrorText } from '../../../components/ui/field.js';
import type { Collaboration } from '../../../lib/api-types.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';
import type { ReviewContext } from './review-context.js';
import { inputId, withPromises } from './review-draft.js';

/** What the commit creates: the agreement (and its parties), the plan (title, period), the promises (kommun). */
export function CreateChoices({ ctx, parties }: { ctx: ReviewContext; parties: Collaboration['parties'] }) {
  const { t } = useTranslation();
  const organisationLabel = useOrganisationLabel();
  const { draft, update, errors } = ctx;
  const partiesError = errors['choices.agreement.parties'];
  const kommuner = parties.filter((p) => p.kind === 'kommun');
  return (
    <section className="import-group" aria-labelledby="import-create-heading">
      <h3 id="import-create-heading">{t('documentImport.create.heading')}</h3>
      <CheckboxField
        id={inputId('choices.agreement.create')}
        label={t('documentImport.create.agreement')}
        hint={t('documentImport.create.agreementHint')}
        checked={draft.createAgreement}
        error={errors['choices.agreement.create']}
        onChange={(event) => update((d) => ({ ...d, createAgreement: event.target.checked }))}
      />
      {draft.createAgreement ? (
        <fieldset id={inputId('choices.agreement.parties')} tabIndex={-1} className={partiesError ? 'field field--invalid import-parties' : 'field import-parties'}>
          <legend>{t('documentImport.create.parties')}</legend>
          {partiesError ? <FieldErrorText id={`${inputId('choices.agreement.parties')}-error`} error={partiesError} /> : null}
          {parties.map((p) => (
            <CheckboxField
              key={p.id}
              id={`import-party-${p.id}`}
              label={organisationLabel(p)}
              checked={draft.agreementParties.includes(p.id)}
              onChange={(event) =>
                update((d) => ({
                  ...d,
                  agreementParties: event.target.checked ? [...d.agreementParties, p.id] : d.agreementParties.filter((id) => id !== p.id),
                }))
              }
            />
          ))}
        </fieldset>
      ) : null}
      <CheckboxField
        id={inputId('choices.plan.create')}
        label={t('documentImport.create.plan', { count: draft.planRows.length })}
        checked={draft.createPlan}
        onChange={(event) => update((d) => ({ ...d, createPlan: event.target.checked }))}
      />
      {draft.createPlan ? (
        <div className="import-choice">
          <TextField
            id={inputId('choices.plan.title')}
            label={t('documentImport.create.planTitle')}
            hint={t('documentImport.create.defaultTitle')}
            value={draft.planTitle}
            error={errors['choices.plan.title']}
            onChange={(event) => update((d) => ({ ...d, planTitle: event.target.value }))}
          />
          <TextField
            id={inputId('choices.plan.periodStart')}
            type="date"
            label={t('documentImport.create.periodStart')}
            hint={t('documentImport.create.defaultPeriod')}
            value={draft.planStart}
            error={errors['choices.plan.periodStart']}
            onChange={(event) => update((d) => ({ ...d, planStart: event.target.value }))}
          />
          <TextField
            id={inputId('choices.plan.periodEnd')}
            type="date"
            label={t('documentImport.create.periodEnd')}
            hint={t('documentImport.create.defaultPeriod')}
            value={draft.planEnd}
            error={errors['choices.plan.periodEnd']}
            onChange={(event) => update((d) => ({ ...d, planEnd: event.target.value }))}
          />
        </div>
      ) : null}
      <CheckboxField
        id={inputId('choices.promises.create')}
        label={t('documentImport.create.promises', { count: draft.focusAreas.length })}
        hint={t('documentImport.create.promisesHint')}
        checked={draft.createPromises}
        onChange={(event) => update((d) => withPromises(d, event.target.checked))}
      />
      {draft.createPromises ? (
        <div className="import-choice">
          <SelectField
            id={inputId('choices.promises.municipalityId')}
            label={t('documentImport.create.municipality')}
            value={draft.promiseMunicipalityId}
            error={errors['choices.promises.municipalityId']}
            onChange={(event) => update((d) => ({ ...d, promiseMunicipalityId: event.target.value }))}
          >
            <option value="">{t('documentImport.fields.choosePart')}</option>
            {kommuner.map((p) => (
              <option key={p.id} value={p.id}>
                {organisationLabel(p)}
              </option>
            ))}
          </SelectField>
          {errors['choices.promises.periodStart'] || errors['choices.promises.periodEnd'] ? (
            <FieldErrorText id="import-promises-period-error" error={(errors['choices.promises.periodStart'] ?? errors['choices.promises.periodEnd'])!} />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
