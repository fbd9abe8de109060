import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { TextField } from '../../../components/ui/field.js';
import { Loading } from '../../../components/ui/loading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { FocusArea } from '../../../lib/api-types.js';
import { useCreateFocusArea } from '../api/create-focus-area.js';
import { useFocusAreas } from '../api/get-focus-areas.js';
import { useRemoveFocusArea } from '../api/remove-focus-area.js';
import { staleFocusAreaOf, useUpdateFocusArea } from '../api/update-focus-area.js';

const renameButtonId = (id: string) => `rename-focus-area-${id}`;

/** The focus areas of the collaboration: a short list, and for coordinators add, rename and delete. */
export function FocusAreasSection({ collaborationId, canEdit }: { collaborationId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const focusAreas = useFocusAreas(collaborationId);
  const create = useCreateFocusArea(collaborationId);
  const remove = useRemoveFocusArea(collaborationId);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<FocusArea | null>(null);
  const [note, setNote] = useState('');
  const fieldErrors = fieldErrorsOf(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    setNote('');
    create.mutate(
      { name },
      {
        onSuccess: (area) => {
          setName('');
          setNote(t('focusAreas.added', { name: area.name }));
        },
      },
    );
  }

  return (
    <section className="section" aria-labelledby="focus-areas-heading">
      <h2 id="focus-areas-heading" tabIndex={-1}>
        {t('focusAreas.heading')}
      </h2>
      <p className="muted-text">{t('focusAreas.intro')}</p>
      <StatusMessage message={note} />
      {remove.error ? <ErrorSummary error={remove.error} /> : null}
      {focusAreas.isPending ? <Loading /> : null}
      {focusAreas.isError ? <ErrorSummary error={focusAreas.error} /> : null}
      {focusAreas.data?.length === 0 ? <p>{t('focusAreas.none')}</p> : null}
      {focusAreas.data?.length ? (
        <ul className="item-list">
          {focusAreas.data.map((area) => (
            <li key={area.id} className="item-list__row">
              {renaming?.id === area.id ? (
                <RenameFocusArea
                  key={area.id}
                  collaborationId={collaborationId}
                  focusArea={renaming}
                  onDone={(saved) => {
                    setRenaming(null);
                    if (saved) setNote(t('focusAreas.renamed', { name: saved.name }));
                    requestAnimationFrame(() => document.getElementById(renameButtonId(area.id))?.focus());
                  }}
                />
              ) : (
                <>
                  <span>{area.name}</span>
                  {canEdit ? (
                    <span className="row-actions">
                      <Button
                        id={renameButtonId(area.id)}
                        variant="secondary"
                        aria-label={t('focusAreas.renameNamed', { name: area.name })}
                        onClick={() => {
                          setNote('');
                          setRenaming(area);
                        }}
                      >
                        {t('focusAreas.rename')}
                      </Button>
                      <ConfirmButton
                        label={t('common.remove')}
                        accessibleLabel={t('focusAreas.removeNamed', { name: area.name })}
                        question={t('focusAreas.removeQuestion', { name: area.name })}
                        confirmLabel={t('focusAreas.removeConfirm')}
                        busy={remove.isPending}
                        onConfirm={() => {
                          setNote('');
                          remove.mutate(area.id, {
                            onSuccess: () => {
                              setNote(t('focusAreas.removed', { name: area.name }));
                              document.getElementById('focus-areas-heading')?.focus();
                            },
                          });
                        }}
                      />
                    </span>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}

      {canEdit ? (
        <>
          <ErrorSummary error={create.error} fieldIds={{ name: 'new-focus-area-name' }} />
          <form className="form form--inline" onSubmit={submit} noValidate>
            <TextField
              id="new-focus-area-name"
              label={t('focusAreas.newName')}
              hint={t('focusAreas.newNameHint')}
              maxLength={300}
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={fieldErrors.name}
            />
            <div className="form__actions">
              <Button type="submit">{create.isPending ? t('common.saving') : t('focusAreas.add')}</Button>
            </div>
          </form>
        </>
      ) : null}
    </section>
  );
}

function RenameFocusArea({ collaborationId, focusArea, onDone }: { collaborationId: string; focusArea: FocusArea; onDone: (saved: FocusArea | null) => void }) {
  const { t } = useTranslation();
  const update = useUpdateFocusArea(collaborationId);
  const [name, setName] = useState(focusArea.name);
  const [baseVersion, setBaseVersion] = useState(focusArea.version);
  const [conflict, setConflict] = useState<FocusArea | null>(null);
  const inputId = `rename-focus-area-input-${focusArea.id}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(
      { focusAreaId: focusArea.id, version: baseVersion, changes: { name } },
      { onSuccess: (saved) => onDone(saved), onError: (error) => setConflict(staleFocusAreaOf(error)) },
    );
  }

  function restart(latest: FocusArea, keepMine: boolean) {
    if (!keepMine) setName(latest.name);
    setBaseVersion(latest.version);
    setConflict(null);
    update.reset();
    document.getElementById(inputId)?.focus();
  }

  return (
    <div className="rename">
      {conflict ? (
        <ConflictNotice
          rows={[{ label: t('focusAreas.name'), theirs: conflict.name, mine: name }]}
          onRedo={() => restart(conflict, true)}
          onTakeLatest={() => restart(conflict, false)}
        />
      ) : (
        <ErrorSummary error={update.error} fieldIds={{ name: inputId }} />
      )}
      <form className="form form--inline" onSubmit={submit} noValidate>
        <TextField
          id={inputId}
          label={t('focusAreas.renameLabel', { name: focusArea.name })}
          maxLength={300}
          // The user asked to rename: the field is where they will type.
          autoFocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldErrorsOf(update.error).name}
        />
        <div className="form__actions">
          <Button type="submit" disabled={conflict !== null}>
            {update.isPending ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
