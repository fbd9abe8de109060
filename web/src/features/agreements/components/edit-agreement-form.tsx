import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { TextAreaField, TextField } from '../../../components/ui/field.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Agreement, AgreementSections } from '../../../lib/api-types.js';
import { staleAgreementOf, useUpdateAgreement } from '../api/update-agreement.js';
import { sectionKeys } from './sections.js';
import { validityDraftOf, validityFieldIds, ValidityFields, validityOf, type ValidityDraft } from './validity-fields.js';

interface Draft {
  title: string;
  diarienummer: string;
  decisionBody: string;
  sections: AgreementSections;
  validity: ValidityDraft;
}

function draftOf(agreement: Agreement): Draft {
  return {
    title: agreement.title,
    diarienummer: agreement.content.metadata.diarienummer,
    decisionBody: agreement.content.metadata.decisionBody,
    sections: agreement.content.sections,
    validity: validityDraftOf(agreement.content.validity),
  };
}

/** The draft's title, some metadata, the sections and the validity, saved with the version the user started from. */
export function EditAgreementForm({ collaborationId, agreement, onDone }: { collaborationId: string; agreement: Agreement; onDone: (saved: Agreement | null) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const update = useUpdateAgreement(collaborationId, agreement.id);
  const [draft, setDraft] = useState<Draft>(() => draftOf(agreement));
  const [baseVersion, setBaseVersion] = useState(agreement.version);
  const [conflict, setConflict] = useState<Agreement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fieldErrors = fieldErrorsOf(update.error);
  const ids: Record<string, string> = {
    title: 'edit-agreement-title',
    'content.metadata.diarienummer': 'edit-agreement-diarienummer',
    'content.metadata.decisionBody': 'edit-agreement-decision-body',
    ...Object.fromEntries(sectionKeys.map((key) => [`content.sections.${key}`, `edit-agreement-section-${key}`])),
    ...validityFieldIds('edit-agreement-validity', 'content.validity'),
  };

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(
      {
        version: baseVersion,
        changes: {
          title: draft.title,
          content: {
            metadata: { diarienummer: draft.diarienummer, decisionBody: draft.decisionBody },
            sections: draft.sections,
            validity: validityOf(draft.validity),
          },
        },
      },
      { onSuccess: (saved) => onDone(saved), onError: (error) => setConflict(staleAgreementOf(error)) },
    );
  }

  function restart(latest: Agreement, keepMine: boolean) {
    if (!keepMine) setDraft(draftOf(latest));
    setBaseVersion(latest.version);
    setConflict(null);
    update.reset();
    document.getElementById(ids.title ?? '')?.focus();
  }

  const or = (text: string) => text || t('common.empty');
  return (
    <section className="section panel" aria-labelledby="edit-agreement-heading">
      <h2 id="edit-agreement-heading" ref={headingRef} tabIndex={-1}>
        {t('agreements.editHeading')}
      </h2>
      {conflict ? (
        <ConflictNotice
          rows={[
            { label: t('agreements.agreementTitle'), theirs: conflict.title, mine: draft.title },
            { label: t('agreements.meta.diarienummer'), theirs: or(conflict.content.metadata.diarienummer), mine: or(draft.diarienummer) },
            { label: t('agreements.meta.decisionBody'), theirs: or(conflict.content.metadata.decisionBody), mine: or(draft.decisionBody) },
            ...sectionKeys
              .filter((key) => conflict.content.sections[key] !== draft.sections[key])
              .map((key) => ({ label: t(`agreements.sections.${key}`), theirs: or(conflict.content.sections[key]), mine: or(draft.sections[key]) })),
            { label: t('agreements.validity'), theirs: conflict.validityText?.[lang] ?? t('agreements.noValidity'), mine: t(`agreements.validityKinds.${draft.validity.kind}`) },
          ]}
          onRedo={() => restart(conflict, true)}
          onTakeLatest={() => restart(conflict, false)}
        />
      ) : (
        <ErrorSummary error={update.error} fieldIds={ids} />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="edit-agreement-title"
          label={t('agreements.agreementTitle')}
          required
          maxLength={300}
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          error={fieldErrors.title}
        />
        <div className="form__row">
          <TextField
            id="edit-agreement-diarienummer"
            label={t('agreements.meta.diarienummer')}
            maxLength={100}
            value={draft.diarienummer}
            onChange={(e) => setDraft({ ...draft, diarienummer: e.target.value })}
            error={fieldErrors['content.metadata.diarienummer']}
          />
          <TextField
            id="edit-agreement-decision-body"
            label={t('agreements.meta.decisionBody')}
            maxLength={300}
            value={draft.decisionBody}
            onChange={(e) => setDraft({ ...draft, decisionBody: e.target.value })}
            error={fieldErrors['content.metadata.decisionBody']}
          />
        </div>
        {sectionKeys.map((key) => (
          <TextAreaField
            key={key}
            id={`edit-agreement-section-${key}`}
            label={t(`agreements.sections.${key}`)}
            rows={6}
            value={draft.sections[key]}
            onChange={(e) => setDraft({ ...draft, sections: { ...draft.sections, [key]: e.target.value } })}
            error={fieldErrors[`content.sections.${key}`]}
          />
        ))}
        <ValidityFields
          idPrefix="edit-agreement-validity"
          path="content.validity"
          value={draft.validity}
          onChange={(validity) => setDraft({ ...draft, validity })}
          fieldErrors={fieldErrors}
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
    </section>
  );
}
