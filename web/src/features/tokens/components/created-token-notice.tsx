import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import type { CreatedToken } from '../../../lib/api-types.js';
import { copyText } from '../../../lib/copy-text.js';

/** The secret is shown once: a clear warning, the secret in a read-only field, and a copy button. */
export function CreatedTokenNotice({ created, onDismiss }: { created: CreatedToken; onDismiss: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="panel panel--warning" aria-labelledby="created-token-heading">
      <h2 id="created-token-heading" ref={headingRef} tabIndex={-1}>
        {t('tokens.createdHeading', { name: created.token.name })}
      </h2>
      <p className="warning-text">
        <strong>{t('tokens.onceWarning')}</strong>
      </p>
      <div className="field">
        <label htmlFor="created-token-secret">{t('tokens.secretLabel')}</label>
        <p id="created-token-hint" className="field__hint">
          {t('tokens.secretHint')}
        </p>
        <div className="copy-row">
          <input
            ref={inputRef}
            id="created-token-secret"
            className="mono"
            readOnly
            value={created.secret}
            aria-describedby="created-token-hint"
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button
            onClick={async () => {
              if (!inputRef.current) return;
              setCopyStatus((await copyText(inputRef.current, created.secret)) ? 'copied' : 'failed');
            }}
          >
            {t('tokens.copy')}
          </Button>
        </div>
      </div>
      <p role="status" className="copy-status">
        {copyStatus === 'copied' ? t('tokens.copied') : copyStatus === 'failed' ? t('tokens.copyFailed') : ''}
      </p>
      <Button variant="secondary" onClick={onDismiss}>
        {t('tokens.dismiss')}
      </Button>
    </section>
  );
}
