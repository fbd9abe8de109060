import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Agreement, AgreementKind, AgreementSections, FocusArea, Organisation } from '../../../lib/api-types.js';
import { staleAgreementOf, useUpdateAgreement } from '../api/update-agreement.js';
import { metadataKeys } from './agreement-diff.js';
import { agreementKinds } from './agreements-page.js';
import { contentDraftOf, contentFieldIds, contentPatchOf, type ContentDraft } from './content-draft.js';
import { ContentFields } from './content-fields.js';
import { sectionKeys } from './sections.js';
import { validityDraftOf, validityFieldIds, ValidityFields, validityOf, type ValidityDraft } from './validity-fields.js';

interface Draft {
  kind: AgreementKind;
  title: string;
  sections: AgreementSections;
  validity: ValidityDraft;
  noticeMonths: string;
  content: ContentDraft;
}

function draftOf(agreement: Agreement): Draft {
  return {
    kind: agreement.kind,
    title: agreement.title,
    sections: agreement.content.sections,
    validity: validityDraftOf(agreement.content.validity),
    noticeMonths: String(agreement.content.noticeMonths),
    content: contentDraftOf(agreement.content),
  };
}

interface EditAgreementFormProps {
  collaborationId: string;
  agreement: Agreement;
  parties: readonly Organisation[];
  focusAreas: readonly FocusArea[];
  onDone: (saved: Agreement | null) => void;
}

/** The whole draft (title, metadata, parties, focus areas, sections, commitments, signatories, validity), saved with the version the user started from. */
export function EditAgreementForm({ collaborationId, agreement, parties, focusAreas, onDone }: EditAgreementFormProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const update = useUpdateAgreement(collaborationId, agreement.id);
  const [draft, setDraft] = useState<Draft>(() => draftOf(agreement));
  const [baseVersion, setBaseVersion] = useState(agreement.version);
  /** The draft as the version the user started from had it: what the user changed is measured against it. */
  const [original, setOriginal] = useState<Draft>(() => draftOf(agreement));
  const [conflict, setConflict] = useState<Agreement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fieldErrors = fieldErrorsOf(update.error);
  const ids: Record<string, string> = {
    title: 'edit-agreement-title',
    kind: 'edit-agreement-kind',
    'content.noticeMonths': 'edit-agreement-notice-months',
    ...Object.fromEntries(sectionKeys.map((key) => [`content.sections.${key}`, `edit-agreement-section-${key}`])),
    ...validityFieldIds('edit-agreement-validity', 'content.validity'),
    ...contentFieldIds(draft.content),
  };

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    const notice = draft.noticeMonths.trim();
    update.mutate(
      {
        version: baseVersion,
        changes: {
          kind: draft.kind,
          title: draft.title,
          content: {
            ...contentPatchOf(draft.content),
            sections: draft.sections,
            validity: validityOf(draft.validity),
            noticeMonths: notice === '' ? 0 : Number(notice),
          },
        },
      },
      { onSuccess: (saved) => onDone(saved), onError: (error) => setConflict(staleAgreementOf(error)) },
    );
  }

  function restart(latest: Agreement, keepMine: boolean) {
    const theirs = draftOf(latest);
    setDraft(keepMine ? rebase(original, draft, theirs) : theirs);
    setOriginal(theirs);
    setBaseVersion(latest.version);
    setConflict(null);
    update.reset();
    document.getElementById(ids.title ?? '')?.focus();
  }

  return (
    <section className="section panel" aria-labelledby="edit-agreement-heading">
      <h2 id="edit-agreement-heading" ref={headingRef} tabIndex={-1}>
        {t('agreements.editHeading')}
      </h2>
      {conflict ? (
        <ConflictNotice
          rows={conflictRows(conflict, draft, { t, lang, parties, focusAreas })}
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
        <SelectField id="edit-agreement-kind" label={t('agreements.kind')} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as AgreementKind })} error={fieldErrors.kind}>
          {agreementKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`agreements.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <ContentFields value={draft.content} onChange={(content) => setDraft({ ...draft, content })} fieldErrors={fieldErrors} parties={parties} focusAreas={focusAreas} />
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
        <TextField
          id="edit-agreement-notice-months"
          label={t('agreements.edit.noticeMonths')}
          hint={t('agreements.edit.noticeMonthsHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={60}
          step={1}
          className="input--short"
          value={draft.noticeMonths}
          onChange={(e) => setDraft({ ...draft, noticeMonths: e.target.value })}
          error={fieldErrors['content.noticeMonths']}
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

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * "Keep my change" on top of the other person's version: each part the user changed keeps the user's value,
 * every other part takes theirs (lists count as one part each; list rows are compared without their React keys).
 */
function rebase(original: Draft, mine: Draft, theirs: Draft): Draft {
  const pick = <T,>(o: T, m: T, t: T) => (same(o, m) ? t : m);
  const o = contentPatchOf(original.content);
  const m = contentPatchOf(mine.content);
  const listPick = <K extends 'parties' | 'focusAreaIds' | 'commitments' | 'signatories'>(key: K) =>
    same(o[key], m[key]) ? theirs.content[key] : mine.content[key];
  return {
    kind: pick(original.kind, mine.kind, theirs.kind),
    title: pick(original.title, mine.title, theirs.title),
    validity: pick(original.validity, mine.validity, theirs.validity),
    noticeMonths: pick(original.noticeMonths, mine.noticeMonths, theirs.noticeMonths),
    sections: Object.fromEntries(
      sectionKeys.map((key) => [key, pick(original.sections[key], mine.sections[key], theirs.sections[key])]),
    ) as AgreementSections,
    content: {
      metadata: Object.fromEntries(
        metadataKeys.map((key) => [key, pick(original.content.metadata[key], mine.content.metadata[key], theirs.content.metadata[key])]),
      ) as ContentDraft['metadata'],
      parties: listPick('parties'),
      focusAreaIds: listPick('focusAreaIds'),
      commitments: listPick('commitments'),
      signatories: listPick('signatories'),
    },
  };
}

interface ConflictContext {
  t: TFunction;
  lang: 'sv' | 'en';
  parties: readonly Organisation[];
  focusAreas: readonly FocusArea[];
}

/** The fields where the other person's saved version differs from what the user has in the form. */
function conflictRows(theirs: Agreement, mine: Draft, { t, lang, parties, focusAreas }: ConflictContext) {
  const or = (text: string) => text || t('common.empty');
  const theirContent = contentPatchOf(contentDraftOf(theirs.content));
  const myContent = contentPatchOf(mine.content);
  const partyName = (id: string | null) => (id === null ? t('agreements.joint') : (parties.find((p) => p.id === id)?.name ?? t('agreements.unknownParty')));
  const areaName = (id: string) => focusAreas.find((a) => a.id === id)?.name ?? t('common.empty');
  const commitments = (list: typeof myContent.commitments) => list.map((c) => `${partyName(c.partyId)}: ${c.text}`).join('\n');
  const signatories = (list: typeof myContent.signatories) =>
    list.map((s) => [s.name, s.title, s.organisation, s.place, s.date].filter(Boolean).join(', ')).join('\n');
  const rows = [
    { label: t('agreements.agreementTitle'), theirs: theirs.title, mine: mine.title },
    { label: t('agreements.kind'), theirs: t(`agreements.kinds.${theirs.kind}`), mine: t(`agreements.kinds.${mine.kind}`) },
    ...metadataKeys.map((key) => ({ label: t(`agreements.meta.${key}`), theirs: or(theirContent.metadata[key] ?? ''), mine: or(myContent.metadata[key] ?? '') })),
    { label: t('agreements.parties'), theirs: or(theirContent.parties.map(partyName).join(', ')), mine: or(myContent.parties.map(partyName).join(', ')) },
    { label: t('agreements.focusAreas'), theirs: or(theirContent.focusAreaIds.map(areaName).join(', ')), mine: or(myContent.focusAreaIds.map(areaName).join(', ')) },
    { label: t('agreements.commitments'), theirs: or(commitments(theirContent.commitments)), mine: or(commitments(myContent.commitments)) },
    { label: t('agreements.signatories'), theirs: or(signatories(theirContent.signatories)), mine: or(signatories(myContent.signatories)) },
    ...sectionKeys.map((key) => ({ label: t(`agreements.sections.${key}`), theirs: or(theirs.content.sections[key]), mine: or(mine.sections[key]) })),
    { label: t('agreements.validity'), theirs: theirs.validityText?.[lang] ?? t('agreements.noValidity'), mine: t(`agreements.validityKinds.${mine.validity.kind}`) },
    { label: t('agreements.edit.noticeMonths'), theirs: String(theirs.content.noticeMonths), mine: or(mine.noticeMonths) },
  ];
  // Title and validity always show (the validity is described differently on each side); the rest only when they differ.
  return rows.filter((row, i) => i === 0 || row.label === t('agreements.validity') || row.theirs !== row.mine);
}
