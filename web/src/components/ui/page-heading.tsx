import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pageHeadingId, takePendingHeadingFocus } from '../../lib/route-focus.js';

/** The page's one h1; also names the browser tab, and takes focus after a route change. */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (takePendingHeadingFocus()) ref.current?.focus();
  }, []);

  return (
    <h1 id={pageHeadingId} ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
