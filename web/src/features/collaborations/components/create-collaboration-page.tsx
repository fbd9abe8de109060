import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { TextAreaField, TextField } from '../../../components/ui/field.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Collaboration, Organisation } from '../../../lib/api-types.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';
import { useCreateCollaboration } from '../api/create-collaboration.js';
import { OrganisationSearch } from './organisation-search.js';

const fieldIds = { name: 'new-collaboration-name', description: 'new-collaboration-description', partyIds: 'new-collaboration-parties-q' };

export function CreateCollaborationPage({ onCreated }: { onCreated: (collaboration: Collaboration) => void }) {
  const { t } = useTranslation();
  const organisationLabel = useOrganisationLabel();
  const create = useCreateCollaboration();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [parties, setParties] = useState<Organisation[]>([]);
  const [pickNote, setPickNote] = useState('');
  const fieldErrors = fieldErrorsOf(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate({ name, description, partyIds: parties.map((p) => p.id) }, { onSuccess: onCreated });
  }

  return (
    <div className="narrow">
      <PageHeading title={t('createCollaboration.title')}>{t('createCollaboration.title')}</PageHeading>
      <p>{t('createCollaboration.intro')}</p>
      <ErrorSummary error={create.error} fieldIds={fieldIds} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id={fieldIds.name}
          label={t('overview.name')}
          hint={t('createCollaboration.nameHint')}
          required
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          error={fieldErrors.name}
        />
        <TextAreaField
          id={fieldIds.description}
          label={t('overview.description')}
          value={description}
          maxLength={5000}
          onChange={(e) => setDescription(e.target.value)}
          error={fieldErrors.description}
        />
        <fieldset className="fieldset">
          <legend>{t('createCollaboration.partiesLegend')}</legend>
          <h2 id="chosen-parties-heading" className="h3">
            {t('createCollaboration.chosen', { count: parties.length })}
          </h2>
          {parties.length ? (
            <ul className="item-list" aria-labelledby="chosen-parties-heading">
              {parties.map((party) => (
                <li key={party.id} className="item-list__row">
                  <span>{organisationLabel(party)}</span>
                  <Button
                    variant="secondary"
                    aria-label={t('createCollaboration.unpickNamed', { name: organisationLabel(party) })}
                    onClick={() => {
                      setParties((current) => current.filter((p) => p.id !== party.id));
                      setPickNote(t('createCollaboration.unpicked', { name: organisationLabel(party) }));
                      document.getElementById(fieldIds.partyIds)?.focus();
                    }}
                  >
                    {t('createCollaboration.unpick')}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted-text">{t('createCollaboration.noneChosen')}</p>
          )}
          <p className="visually-hidden" role="status">
            {pickNote}
          </p>
          <OrganisationSearch
            idPrefix="new-collaboration-parties"
            label={t('createCollaboration.searchLabel')}
            excludeIds={parties.map((p) => p.id)}
            pickLabel={t('createCollaboration.pick')}
            onPick={(organisation) => {
              setParties((current) => [...current, organisation]);
              setPickNote(t('createCollaboration.picked', { name: organisationLabel(organisation) }));
            }}
            error={fieldErrors.partyIds}
          />
        </fieldset>
        <div className="form__actions">
          <Button type="submit">{create.isPending ? t('common.saving') : t('createCollaboration.submit')}</Button>
        </div>
      </form>
    </div>
  );
}
