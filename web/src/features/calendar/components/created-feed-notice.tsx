import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import type { CreatedCalendarFeed } from '../../../lib/api-types.js';
import { copyText } from '../../../lib/copy-text.js';

/** The address holds the secret and is shown once: a clear warning, the address in a read-only field, and a copy button. */
export function CreatedFeedNotice({ created, onDismiss }: { created: CreatedCalendarFeed; onDismiss: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="panel panel--warning" aria-labelledby="created-feed-heading">
      <h2 id="created-feed-heading" ref={headingRef} tabIndex={-1}>
        {t('calendar.createdHeading', { name: created.feed.name })}
      </h2>
      <p className="warning-text">
        <strong>{t('calendar.onceWarning')}</strong>
      </p>
      <div className="field">
        <label htmlFor="created-feed-url">{t('calendar.urlLabel')}</label>
        <p id="created-feed-hint" className="field__hint">
          {t('calendar.urlHint')}
        </p>
        <div className="copy-row">
          <input
            ref={inputRef}
            id="created-feed-url"
            className="mono"
            readOnly
            value={created.url}
            aria-describedby="created-feed-hint"
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button
            onClick={async () => {
              if (!inputRef.current) return;
              setCopyStatus((await copyText(inputRef.current, created.url)) ? 'copied' : 'failed');
            }}
          >
            {t('calendar.copy')}
          </Button>
        </div>
      </div>
      <p role="status" className="copy-status">
        {copyStatus === 'copied' ? t('calendar.copied') : copyStatus === 'failed' ? t('calendar.copyFailed') : ''}
      </p>
      <Button variant="secondary" onClick={onDismiss}>
        {t('calendar.dismiss')}
      </Button>
    </section>
  );
}
