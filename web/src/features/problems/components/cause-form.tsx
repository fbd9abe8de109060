import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { RadioGroup, TextAreaField } from '../../../components/ui/field.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import { useSaveCause } from '../api/save-cause.js';
import { causeKinds, type CauseKind, type ChainCause, type Problem } from '../api/types.js';

interface CauseFormProps {
  collaborationId: string;
  problem: Problem;
  /** The cause to change; null adds a new one. */
  cause: ChainCause | null;
  onDone: (saved: boolean) => void;
}

/** An orsak, riskfaktor or skyddsfaktor of a problem, in one or two sentences. */
export function CauseForm({ collaborationId, problem, cause, onDone }: CauseFormProps) {
  const { t } = useTranslation();
  const save = useSaveCause(collaborationId);
  const [kind, setKind] = useState<CauseKind>(cause?.kind ?? 'cause');
  const [description, setDescription] = useState(cause?.description ?? '');
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
    save.mutate(cause ? { causeId: cause.id, input } : { problemId: problem.id, input }, { onSuccess: () => onDone(true) });
  }

  return (
    <section className="section panel" aria-labelledby={`${prefix}-heading`}>
      <h4 id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        {cause ? t('problems.cause.editHeading') : t('problems.cause.addHeading', { title: problem.title })}
      </h4>
      <ErrorSummary error={save.error} fieldIds={ids} />
      <form className="form" onSubmit={submit} noValidate>
        <RadioGroup<CauseKind>
          name={`${prefix}-kind`}
          legend={t('problems.cause.kind')}
          value={kind}
          options={causeKinds.map((k) => ({ value: k, label: t(`problems.kinds.${k}.one`) }))}
          onChange={setKind}
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
          onChange={(e) => setDescription(e.target.value)}
          error={errors.description}
        />
        <div className="form__actions">
          <Button type="submit">{save.isPending ? t('common.saving') : cause ? t('common.save') : t('problems.cause.add')}</Button>
          <Button variant="secondary" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
