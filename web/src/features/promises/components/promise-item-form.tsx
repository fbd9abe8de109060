import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { CheckboxField, FieldErrorText, SelectField, TextAreaField } from '../../../components/ui/field.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { FocusArea, Organisation, PromiseItem } from '../../../lib/api-types.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';
import { useVersionedDraft } from '../../../lib/use-versioned-draft.js';
import { useCreatePromiseItem } from '../api/create-promise-item.js';
import { stalePromiseItemOf, useUpdatePromiseItem } from '../api/update-promise-item.js';

interface ItemDraft {
  text: string;
  partyIds: string[];
  focusAreaId: string;
}

function itemDraftOf(item: PromiseItem): ItemDraft {
  return { text: item.text, partyIds: item.partyIds, focusAreaId: item.focusAreaId ?? '' };
}

interface PromiseItemFormProps {
  collaborationId: string;
  promiseId: string;
  /** The promise to change and its number; null adds a new one. */
  item: { item: PromiseItem; number: number } | null;
  parties: readonly Organisation[];
  focusAreas: readonly FocusArea[];
  onDone: (saved: PromiseItem | null) => void;
}

/** A promise: its text, who promises (one or more parties) and its focus area. */
export function PromiseItemForm({ collaborationId, promiseId, item, parties, focusAreas, onDone }: PromiseItemFormProps) {
  const { t } = useTranslation();
  const organisationLabel = useOrganisationLabel();
  const create = useCreatePromiseItem(collaborationId, promiseId);
  const update = useUpdatePromiseItem(collaborationId);
  const mutation = item ? update : create;
  // A new promise is usually made by every party together.
  const { draft, setDraft, baseVersion, conflict, setConflict, restart: restartFrom } = useVersionedDraft<ItemDraft, PromiseItem>(
    () => (item ? itemDraftOf(item.item) : { text: '', partyIds: parties.map((p) => p.id), focusAreaId: '' }),
    item?.item.version ?? 0,
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const prefix = item ? `edit-promise-item-${item.item.id}` : 'new-promise-item';
  const ids = { text: `${prefix}-text`, partyIds: `${prefix}-party-${parties[0]?.id ?? ''}`, focusAreaId: `${prefix}-focus-area` };
  const fieldErrors = fieldErrorsOf(mutation.error);
  const partyError = fieldErrors.partyIds ?? Object.entries(fieldErrors).find(([key]) => key.startsWith('partyIds.'))?.[1];

  useEffect(() => {
    if (item) headingRef.current?.focus();
  }, [item]);

  function togglePartyId(id: string, on: boolean) {
    const partyIds = on ? [...draft.partyIds, id] : draft.partyIds.filter((p) => p !== id);
    setDraft({ ...draft, partyIds: parties.map((p) => p.id).filter((p) => partyIds.includes(p)) });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    const body = { text: draft.text, partyIds: draft.partyIds, focusAreaId: draft.focusAreaId || null };
    if (!item) {
      create.mutate(body, {
        onSuccess: (saved) => {
          setDraft({ ...draft, text: '' });
          onDone(saved);
        },
      });
      return;
    }
    update.mutate(
      { itemId: item.item.id, version: baseVersion, changes: body },
      { onSuccess: (saved) => onDone(saved), onError: (error) => setConflict(stalePromiseItemOf(error)) },
    );
  }

  function restart(latest: PromiseItem, keepMine: boolean) {
    restartFrom(keepMine ? undefined : itemDraftOf(latest));
    update.reset();
    document.getElementById(ids.text)?.focus();
  }

  const partyNames = (partyIds: readonly string[]) =>
    parties
      .filter((p) => partyIds.includes(p.id))
      .map((p) => p.name)
      .join(', ') || t('common.empty');
  const focusAreaName = (id: string | null) => focusAreas.find((f) => f.id === id)?.name ?? t('common.empty');
  const partyErrorId = `${prefix}-parties-error`;
  return (
    <section className="section panel" aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        {item ? t('promises.editItemHeading', { number: item.number }) : t('promises.addItemHeading')}
      </h3>
      {conflict ? (
        <ConflictNotice
          rows={[
            { label: t('promises.itemText'), theirs: conflict.text, mine: draft.text },
            { label: t('promises.parties'), theirs: partyNames(conflict.partyIds), mine: partyNames(draft.partyIds) },
            { label: t('promises.focusArea'), theirs: focusAreaName(conflict.focusAreaId), mine: focusAreaName(draft.focusAreaId || null) },
          ]}
          onRedo={() => restart(conflict, true)}
          onTakeLatest={() => restart(conflict, false)}
        />
      ) : (
        <ErrorSummary error={mutation.error} fieldIds={ids} />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <TextAreaField
          id={ids.text}
          label={t('promises.itemText')}
          required
          rows={4}
          maxLength={2000}
          value={draft.text}
          onChange={(e) => setDraft({ ...draft, text: e.target.value })}
          error={fieldErrors.text}
        />
        <fieldset className={partyError ? 'fieldset field--invalid' : 'fieldset'} aria-describedby={partyError ? partyErrorId : undefined}>
          <legend>{t('promises.parties')}</legend>
          {partyError ? <FieldErrorText id={partyErrorId} error={partyError} /> : null}
          {parties.map((party) => (
            <CheckboxField
              key={party.id}
              id={`${prefix}-party-${party.id}`}
              label={organisationLabel(party)}
              checked={draft.partyIds.includes(party.id)}
              onChange={(e) => togglePartyId(party.id, e.target.checked)}
            />
          ))}
        </fieldset>
        <SelectField
          id={ids.focusAreaId}
          label={t('promises.focusArea')}
          value={draft.focusAreaId}
          onChange={(e) => setDraft({ ...draft, focusAreaId: e.target.value })}
          error={fieldErrors.focusAreaId}
        >
          <option value="">{t('promises.noFocusArea')}</option>
          {focusAreas.map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </SelectField>
        <div className="form__actions">
          <Button type="submit" disabled={conflict !== null}>
            {mutation.isPending ? t('common.saving') : item ? t('common.save') : t('promises.addItem')}
          </Button>
          {item ? (
            <Button variant="secondary" onClick={() => onDone(null)}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
