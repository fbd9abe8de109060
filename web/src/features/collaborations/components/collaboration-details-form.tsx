import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { TextAreaField, TextField } from '../../../components/ui/field.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Collaboration } from '../../../lib/api-types.js';
import { staleCollaborationOf, useUpdateCollaboration } from '../api/update-collaboration.js';

const fieldIds = { name: 'collaboration-name', description: 'collaboration-description' };

/** Edit name and description, sending the version the user started from; a stale save shows both versions. */
export function CollaborationDetailsForm({ collaboration, onDone }: { collaboration: Collaboration; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const update = useUpdateCollaboration(collaboration.id);
  const [name, setName] = useState(collaboration.name);
  const [description, setDescription] = useState(collaboration.description);
  const [baseVersion, setBaseVersion] = useState(collaboration.version);
  const [conflict, setConflict] = useState<Collaboration | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(
      { version: baseVersion, name, description },
      {
        onSuccess: () => onDone(true),
        onError: (error) => setConflict(staleCollaborationOf(error)),
      },
    );
  }

  function redoOnLatest(latest: Collaboration) {
    // Keep what the user typed, now on top of the other person's version.
    setBaseVersion(latest.version);
    setConflict(null);
    update.reset();
    document.getElementById(fieldIds.name)?.focus();
  }

  function takeLatest(latest: Collaboration) {
    setName(latest.name);
    setDescription(latest.description);
    setBaseVersion(latest.version);
    setConflict(null);
    update.reset();
    document.getElementById(fieldIds.name)?.focus();
  }

  const fieldErrors = fieldErrorsOf(update.error);
  return (
    <section className="panel" aria-labelledby="collaboration-edit-heading">
      <h2 id="collaboration-edit-heading" ref={headingRef} tabIndex={-1}>
        {t('overview.editHeading')}
      </h2>
      {conflict ? (
        <ConflictNotice
          rows={[
            { label: t('overview.name'), theirs: conflict.name, mine: name },
            { label: t('overview.description'), theirs: conflict.description || t('common.empty'), mine: description || t('common.empty') },
          ]}
          onRedo={() => redoOnLatest(conflict)}
          onTakeLatest={() => takeLatest(conflict)}
        />
      ) : (
        <ErrorSummary error={update.error} fieldIds={fieldIds} />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id={fieldIds.name}
          label={t('overview.name')}
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
        <div className="form__actions">
          <Button type="submit" disabled={conflict !== null}>
            {update.isPending ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
