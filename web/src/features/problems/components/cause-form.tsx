import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { RadioGroup, TextAreaField } from '../../../components/ui/field.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import { useVersionedDraft } from '../../../lib/use-versioned-draft.js';
import { staleCauseOf, useSaveCause } from '../api/save-cause.js';
import { causeKinds, type CauseKind, type ChainCause, type Problem, type ProblemCause } from '../api/types.js';

interface CauseDraft {
  kind: CauseKind;
  description: string;
}

interface CauseFormProps {
  collaborationId: string;
  problem: Problem;
  /** The cause to change; null adds a new one. */
  cause: ChainCause | null;
  onDone: (saved: boolean) => void;
}

/** An orsak, riskfaktor or skyddsfaktor of a problem, in one or two sentences; a change is saved from the version the user started from. */
export function CauseForm({ collaborationId, problem, cause, onDone }: CauseFormProps) {
  const { t } = useTranslation();
  const save = useSaveCause(collaborationId);
  const { draft, setDraft, baseVersion, conflict, setConflict, restart: restartFrom } = useVersionedDraft<CauseDraft, ProblemCause>(
    () => ({ kind: cause?.kind ?? 'cause', description: cause?.description ?? '' }),
    cause?.version ?? 0,
  );
  const { kind, description } = draft;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const prefix = cause ? `edit-cause-${cause.id}` : `new-cause-${problem.id}`;
  const ids = { kind: `${prefix}-kind-${kind}`, description: `${prefix}-description` };
  const errors = fieldErrorsOf(save.error);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const input = { kind, description };
    save.mutate(cause ? { causeId: cause.id, version: baseVersion, input } : { problemId: problem.id, input }, {
      onSuccess: () => onDone(true),
      onError: (error) => setConflict(staleCauseOf(error)),
    });
  }

  function restart(latest: ProblemCause, keepMine: boolean) {
    restartFrom(keepMine ? undefined : { kind: latest.kind, description: latest.description });
    save.reset();
    document.getElementById(ids.description)?.focus();
  }

  const kindWord = (k: CauseKind) => t(`problems.kinds.${k}.one`);

  return (
    <section className="section panel" aria-labelledby={`${prefix}-heading`}>
      <h4 id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        {cause ? t('problems.cause.editHeading') : t('problems.cause.addHeading', { title: problem.title })}
      </h4>
      {conflict ? (
        <ConflictNotice
          rows={[
            { label: t('problems.cause.kind'), theirs: kindWord(conflict.kind), mine: kindWord(kind) },
            { label: t('problems.cause.description'), theirs: conflict.description, mine: description },
          ]}
          onRedo={() => restart(conflict, true)}
          onTakeLatest={() => restart(conflict, false)}
        />
      ) : (
        <ErrorSummary error={save.error} fieldIds={ids} />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <RadioGroup<CauseKind>
          name={`${prefix}-kind`}
          legend={t('problems.cause.kind')}
          value={kind}
          options={causeKinds.map((k) => ({ value: k, label: kindWord(k) }))}
          onChange={(k) => setDraft({ ...draft, kind: k })}
          error={errors.kind}
        />
        <TextAreaField
          id={ids.description}
          label={t('problems.cause.description')}
          hint={t('problems.cause.descriptionHint')}
          required
          rows={2}
          maxLength={2000}
          value={description}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
          error={errors.description}
        />
        <div className="form__actions">
          <Button type="submit" disabled={conflict !== null}>
            {save.isPending ? t('common.saving') : cause ? t('common.save') : t('problems.cause.add')}
          </Button>
          <Button variant="secondary" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
