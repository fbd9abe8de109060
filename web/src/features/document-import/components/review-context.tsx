import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import type { LocalizedText } from '../../../lib/api-errors.js';
import type { ReviewDraft } from './review-draft.js';

/** What every group of review fields needs: the draft, a way to change it, errors, and the source marker. */
export interface ReviewContext {
  draft: ReviewDraft;
  update: (change: (draft: ReviewDraft) => ReviewDraft) => void;
  errors: Record<string, LocalizedText>;
  /** Whether the document says where the field came from (source path, e.g. "planRows.3.when"). */
  hasSource: (path: string) => boolean;
  /** Marks the field's source in the text; `announce` also says it aloud (the button, not mere focus). */
  show: (path: string, announce: boolean) => void;
}

/** "Visa i texten" for one field, named after it for screen readers. */
export function ShowInText({ ctx, path, label }: { ctx: ReviewContext; path: string; label: string }) {
  const { t } = useTranslation();
  if (!ctx.hasSource(path)) return null;
  return (
    // The name starts with the visible words (WCAG 2.5.3) and says which field.
    <Button variant="quiet" className="import-show" aria-label={`${t('documentImport.review.showInText')}: ${label}`} onClick={() => ctx.show(path, true)}>
      {t('documentImport.review.showInText')}
    </Button>
  );
}

/** An item's "Visa i texten" and "Ta bort", both named after the item. */
export function ItemActions({ ctx, path, label, onRemove }: { ctx: ReviewContext; path: string; label: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="import-item__actions">
      <ShowInText ctx={ctx} path={path} label={label} />
      <Button variant="secondary" aria-label={`${t('documentImport.review.remove')}: ${label}`} onClick={onRemove}>
        {t('documentImport.review.remove')}
      </Button>
    </div>
  );
}
