import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.js';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import type { Collaboration, DocumentImportResult, ImportedDocument } from '../../../lib/api-types.js';
import { useCommitImport } from '../api/commit-import.js';
import { CreateChoices } from './create-choices.js';
import { CommitmentFields, DocumentFields, FocusAreaFields, SignatoryFields } from './document-fields.js';
import { PlanRowFields } from './plan-row-fields.js';
import type { ReviewContext } from './review-context.js';
import { commitInputOf, draftFrom, sourceOf, type ReviewDraft } from './review-draft.js';
import { reviewErrorsOf } from './review-errors.js';
import { SourceText } from './source-text.js';

interface ReviewScreenProps {
  collaborationId: string;
  document: ImportedDocument;
  fileName: string;
  parties: Collaboration['parties'];
  onCancel: () => void;
  onCreated: (result: DocumentImportResult) => void;
}

const EXCERPT = 160;

/** The source text beside every extracted field; correct anything, then create it all in one step. */
export function ReviewScreen({ collaborationId, document: doc, fileName, parties, onCancel, onCreated }: ReviewScreenProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ReviewDraft>(() => draftFrom(doc.extraction, parties));
  const [marked, setMarked] = useState<{ path: string; revision: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const commit = useCommitImport(collaborationId);

  useEffect(() => heading.current?.focus(), []);

  const { errors, fieldIds } = useMemo(() => reviewErrorsOf(commit.error), [commit.error]);
  const range = marked ? sourceOf(doc.sources, marked.path) : null;

  const ctx: ReviewContext = {
    draft,
    update: (change) => setDraft((d) => change(d)),
    errors,
    hasSource: (path) => sourceOf(doc.sources, path) !== null,
    show: (path, announce) => {
      const found = sourceOf(doc.sources, path);
      if (!found) return;
      setMarked((m) => ({ path, revision: (m?.revision ?? 0) + 1 }));
      if (announce) {
        const text = doc.text.slice(found.start, found.end).replace(/\s+/g, ' ').trim();
        setAnnouncement(t('documentImport.review.marked', { text: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text }));
      }
    },
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    commit.mutate(commitInputOf(draft), { onSuccess: onCreated });
  };

  return (
    <section aria-labelledby="import-review-heading">
      <h2 id="import-review-heading" ref={heading} tabIndex={-1}>
        {t('documentImport.review.heading', { file: fileName })}
      </h2>
      <p>{t('documentImport.review.intro')}</p>
      {draft.warnings.length > 0 ? (
        <Alert tone="warning" title={t('documentImport.review.warnings')}>
          <ul className="alert__list">
            {draft.warnings.map((w) => (
              <li key={w} lang="sv">
                {w}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <ErrorSummary error={commit.error} fieldIds={fieldIds} />
      <div className="import-review">
        <form className="import-review__fields" noValidate onSubmit={submit} aria-labelledby="import-review-heading">
          <DocumentFields ctx={ctx} />
          <SignatoryFields ctx={ctx} />
          <FocusAreaFields ctx={ctx} />
          <CommitmentFields ctx={ctx} parties={parties} />
          <PlanRowFields ctx={ctx} />
          <CreateChoices ctx={ctx} parties={parties} />
          <div className="form__actions">
            <Button type="submit" disabled={commit.isPending}>
              {commit.isPending ? t('documentImport.review.creating') : t('documentImport.review.submit')}
            </Button>
            <Button variant="secondary" onClick={onCancel} disabled={commit.isPending}>
              {t('documentImport.cancel')}
            </Button>
          </div>
        </form>
        <div className="import-review__source">
          <SourceText text={doc.text} range={range} revision={marked?.revision ?? 0} />
          <div role="status" className="visually-hidden">
            {announcement}
          </div>
        </div>
      </div>
    </section>
  );
}
