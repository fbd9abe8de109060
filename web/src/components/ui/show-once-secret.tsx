import { useEffect, useRef, useState } from 'react';
import { Button } from './button.js';
import { copyText } from '../../lib/copy-text.js';

export interface ShowOnceSecretTexts {
  heading: string;
  warning: string;
  label: string;
  hint: string;
  copy: string;
  copied: string;
  copyFailed: string;
  dismiss: string;
}

/** A secret shown once (an API key, a calendar address): a clear warning, a read-only field, and a copy button. */
export function ShowOnceSecret({ idPrefix, value, texts, onDismiss }: { idPrefix: string; value: string; texts: ShowOnceSecretTexts; onDismiss: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="panel panel--warning" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`} ref={headingRef} tabIndex={-1}>
        {texts.heading}
      </h2>
      <p className="warning-text">
        <strong>{texts.warning}</strong>
      </p>
      <div className="field">
        <label htmlFor={`${idPrefix}-value`}>{texts.label}</label>
        <p id={`${idPrefix}-hint`} className="field__hint">
          {texts.hint}
        </p>
        <div className="copy-row">
          <input
            ref={inputRef}
            id={`${idPrefix}-value`}
            className="mono"
            readOnly
            value={value}
            aria-describedby={`${idPrefix}-hint`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button
            onClick={async () => {
              if (!inputRef.current) return;
              setCopyStatus((await copyText(inputRef.current, value)) ? 'copied' : 'failed');
            }}
          >
            {texts.copy}
          </Button>
        </div>
      </div>
      <p role="status" className="copy-status">
        {copyStatus === 'copied' ? texts.copied : copyStatus === 'failed' ? texts.copyFailed : ''}
      </p>
      <Button variant="secondary" onClick={onDismiss}>
        {texts.dismiss}
      </Button>
    </section>
  );
}
