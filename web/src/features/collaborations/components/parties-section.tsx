import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { RadioGroup, TextField } from '../../../components/ui/field.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Collaboration } from '../../../lib/api-types.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';
import { useAddParty } from '../api/add-party.js';
import { useRemoveParty } from '../api/remove-party.js';
import { OrganisationSearch } from './organisation-search.js';

type NewKind = 'lokalpolisomrade' | 'other';

export function PartiesSection({ collaboration, canManage }: { collaboration: Collaboration; canManage: boolean }) {
  const { t } = useTranslation();
  const organisationLabel = useOrganisationLabel();
  const addParty = useAddParty(collaboration.id);
  const removeParty = useRemoveParty(collaboration.id);
  const [done, setDone] = useState('');
  const [newKind, setNewKind] = useState<NewKind>('lokalpolisomrade');
  const [newName, setNewName] = useState('');
  const [newFormError, setNewFormError] = useState<unknown>(null);

  const parties = collaboration.parties;
  const newFieldErrors = fieldErrorsOf(newFormError);

  function submitNew(event: FormEvent) {
    event.preventDefault();
    if (addParty.isPending) return;
    setDone('');
    addParty.mutate(
      { newOrganisation: { kind: newKind, name: newName } },
      {
        onSuccess: (organisation) => {
          setNewName('');
          setNewFormError(null);
          setDone(t('parties.added', { name: organisationLabel(organisation) }));
        },
        onError: (error) => setNewFormError(error),
      },
    );
  }

  return (
    <section className="section" aria-labelledby="parties-heading">
      <h2 id="parties-heading" tabIndex={-1}>{t('parties.heading')}</h2>
      <ul className="item-list">
        {parties.map((party) => (
          <li key={party.id} className="item-list__row">
            <span>
              {organisationLabel(party)}
              {party.countyName ? <span className="muted">{t('organisations.inCounty', { county: party.countyName })}</span> : null}
            </span>
            {canManage && parties.length > 1 ? (
              <ConfirmButton
                label={t('common.remove')}
                accessibleLabel={t('parties.removeNamed', { name: organisationLabel(party) })}
                question={t('parties.removeQuestion', { name: organisationLabel(party) })}
                confirmLabel={t('parties.removeConfirm')}
                busy={removeParty.isPending}
                onConfirm={() => {
                  setDone('');
                  removeParty.mutate(party.id, {
                    onSuccess: () => {
                      setDone(t('parties.removed', { name: organisationLabel(party) }));
                      document.getElementById('parties-heading')?.focus();
                    },
                  });
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
      <StatusMessage message={done} />
      {removeParty.error ? <ErrorSummary error={removeParty.error} /> : null}

      {canManage ? (
        <>
          <h3>{t('parties.addHeading')}</h3>
          {addParty.error && !newFormError ? <ErrorSummary error={addParty.error} /> : null}
          <OrganisationSearch
            idPrefix="party-search"
            label={t('parties.searchLabel')}
            excludeIds={parties.map((p) => p.id)}
            pickLabel={t('parties.add')}
            busy={addParty.isPending}
            onPick={(organisation) => {
              setDone('');
              setNewFormError(null);
              addParty.mutate(
                { organisationId: organisation.id },
                { onSuccess: () => setDone(t('parties.added', { name: organisationLabel(organisation) })) },
              );
            }}
          />

          <h3 id="new-organisation-heading">{t('parties.newHeading')}</h3>
          <p className="muted-text">{t('parties.newIntro')}</p>
          <ErrorSummary error={newFormError} fieldIds={{ 'newOrganisation.name': 'new-organisation-name' }} />
          <form className="form" onSubmit={submitNew} noValidate>
            <RadioGroup<NewKind>
              name="new-organisation-kind"
              legend={t('parties.newKind')}
              value={newKind}
              onChange={setNewKind}
              options={[
                { value: 'lokalpolisomrade', label: t('organisations.kind.lokalpolisomrade') },
                { value: 'other', label: t('organisations.kind.other') },
              ]}
              error={newFieldErrors['newOrganisation.kind']}
            />
            <TextField
              id="new-organisation-name"
              label={t('parties.newName')}
              hint={newKind === 'lokalpolisomrade' ? t('parties.newNameHintPolice') : t('parties.newNameHintOther')}
              required
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
              error={newFieldErrors['newOrganisation.name']}
            />
            <div className="form__actions">
              <Button type="submit">{t('parties.addNew')}</Button>
            </div>
          </form>
        </>
      ) : null}
    </section>
  );
}
