import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface SourceTextProps {
  text: string;
  /** The part to mark, [start, end) in text. */
  range: { start: number; end: number } | null;
  /** Changes on every "Visa i texten", so the same range scrolls into view again. */
  revision: number;
}

/** The document as read, with the source of the chosen field marked and scrolled into view inside the panel. */
export function SourceText({ text, range, revision }: SourceTextProps) {
  const { t } = useTranslation();
  const panel = useRef<HTMLDivElement>(null);
  const mark = useRef<HTMLElement>(null);

  useLayoutEffect(() => {
    const box = panel.current;
    const marked = mark.current;
    if (!box || !marked) return;
    // Only the panel scrolls: the field the user is in stays where it is.
    // The panel is position: relative, so offsetTop is measured from its top.
    box.scrollTop = Math.max(0, marked.offsetTop - box.clientHeight / 3);
  }, [range, revision]);

  const start = range ? Math.min(range.start, text.length) : 0;
  const end = range ? Math.min(range.end, text.length) : 0;
  return (
    <section className="import-source" aria-labelledby="import-source-heading">
      <h2 id="import-source-heading">{t('documentImport.review.sourceHeading')}</h2>
      <div ref={panel} className="import-source__text" tabIndex={0} role="region" aria-label={t('documentImport.review.sourceHeading')} lang="sv">
        {range ? (
          <>
            {text.slice(0, start)}
            <mark ref={mark}>{text.slice(start, end)}</mark>
            {text.slice(end)}
          </>
        ) : (
          text
        )}
      </div>
    </section>
  );
}
