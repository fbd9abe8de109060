import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Group } from '../../../lib/api-types.js';
import { useVersionedDraft } from '../../../lib/use-versioned-draft.js';
import { staleGroupOf, useUpdateGroup } from '../api/update-group.js';
import { groupBodyOf, groupDraftOf, groupFieldIds, GroupFields, type GroupDraft } from './group-fields.js';

/** The group's fields, saved with the version the user started from; a stale save shows both versions. */
export function EditGroupForm({ collaborationId, group, onDone }: { collaborationId: string; group: Group; onDone: (saved: Group | null) => void }) {
  const { t } = useTranslation();
  const update = useUpdateGroup(collaborationId, group.id);
  const { draft, setDraft, baseVersion, conflict, setConflict, restart: restartFrom } = useVersionedDraft<GroupDraft, Group>(() => groupDraftOf(group), group.version);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = groupFieldIds('edit-group');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(
      { version: baseVersion, changes: groupBodyOf(draft) },
      { onSuccess: (saved) => onDone(saved), onError: (error) => setConflict(staleGroupOf(error)) },
    );
  }

  function restart(latest: Group, keepMine: boolean) {
    restartFrom(keepMine ? undefined : groupDraftOf(latest));
    update.reset();
    document.getElementById(ids.name)?.focus();
  }

  const or = (text: string) => text || t('common.empty');
  const theirs = conflict ? groupDraftOf(conflict) : null;
  return (
    <section className="section panel" aria-labelledby="edit-group-heading">
      <h2 id="edit-group-heading" ref={headingRef} tabIndex={-1}>
        {t('groups.editHeading')}
      </h2>
      {conflict && theirs ? (
        <ConflictNotice
          rows={[
            { label: t('groups.kind'), theirs: t(`groups.kinds.${theirs.kind}`), mine: t(`groups.kinds.${draft.kind}`) },
            { label: t('groups.name'), theirs: theirs.name, mine: draft.name },
            { label: t('groups.mandate'), theirs: or(theirs.mandate), mine: or(draft.mandate) },
            { label: t('groups.assignment'), theirs: or(theirs.assignment), mine: or(draft.assignment) },
            { label: t('groups.validFrom'), theirs: or(theirs.validFrom), mine: or(draft.validFrom) },
            { label: t('groups.validTo'), theirs: or(theirs.validTo), mine: or(draft.validTo) },
          ]}
          onRedo={() => restart(conflict, true)}
          onTakeLatest={() => restart(conflict, false)}
        />
      ) : (
        <ErrorSummary error={update.error} fieldIds={ids} />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <GroupFields idPrefix="edit-group" value={draft} onChange={setDraft} fieldErrors={fieldErrorsOf(update.error)} />
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
