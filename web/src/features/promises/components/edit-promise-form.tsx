import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { CitizenPromise, Organisation } from '../../../lib/api-types.js';
import { formatPeriod } from '../../../lib/format.js';
import { useVersionedDraft } from '../../../lib/use-versioned-draft.js';
import { stalePromiseOf, useUpdatePromise } from '../api/update-promise.js';
import { promiseDraftOf, promiseFieldIds, PromiseFields, type PromiseDraft } from './promise-fields.js';

interface EditPromiseFormProps {
  collaborationId: string;
  promise: CitizenPromise;
  municipalities: readonly Organisation[];
  onDone: (saved: CitizenPromise | null) => void;
}

/** Kommun, title and period of the medborgarlöften, saved with the version the user started from. */
export function EditPromiseForm({ collaborationId, promise, municipalities, onDone }: EditPromiseFormProps) {
  const { t } = useTranslation();
  const update = useUpdatePromise(collaborationId, promise.id);
  const { draft, setDraft, baseVersion, conflict, setConflict, restart: restartFrom } = useVersionedDraft<PromiseDraft, CitizenPromise>(
    () => promiseDraftOf(promise),
    promise.version,
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = promiseFieldIds('edit-promise');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate({ version: baseVersion, changes: draft }, { onSuccess: (saved) => onDone(saved), onError: (error) => setConflict(stalePromiseOf(error)) });
  }

  function restart(latest: CitizenPromise, keepMine: boolean) {
    restartFrom(keepMine ? undefined : promiseDraftOf(latest));
    update.reset();
    document.getElementById(ids.title)?.focus();
  }

  const municipalityName = (id: string) => municipalities.find((m) => m.id === id)?.name ?? t('common.empty');
  return (
    <section className="section panel" aria-labelledby="edit-promise-heading">
      <h2 id="edit-promise-heading" ref={headingRef} tabIndex={-1}>
        {t('promises.editHeading')}
      </h2>
      {conflict ? (
        <ConflictNotice
          rows={[
            { label: t('promises.municipality'), theirs: conflict.municipalityName, mine: municipalityName(draft.municipalityId) },
            { label: t('promises.promiseTitle'), theirs: conflict.title, mine: draft.title },
            { label: t('promises.period'), theirs: formatPeriod(conflict.periodStart, conflict.periodEnd), mine: formatPeriod(draft.periodStart, draft.periodEnd) },
          ]}
          onRedo={() => restart(conflict, true)}
          onTakeLatest={() => restart(conflict, false)}
        />
      ) : (
        <ErrorSummary error={update.error} fieldIds={ids} />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <PromiseFields idPrefix="edit-promise" value={draft} onChange={setDraft} municipalities={municipalities} fieldErrors={fieldErrorsOf(update.error)} />
        <div className="form__actions">
          <Button type="submit" disabled={conflict !== null}>
            {update.isPending ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
