import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button.js';

interface ConfirmButtonProps {
  /** The visible text of the first button, e.g. "Ta bort". */
  label: string;
  /** Full accessible name of the first button, e.g. "Ta bort Sara Lindqvist". */
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
}

/** A destructive action asks once, inline, instead of a browser dialog; focus stays where the user is. */
export function ConfirmButton({ label, accessibleLabel, question, confirmLabel, onConfirm, busy }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const questionId = useId();

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <Button ref={triggerRef} variant="secondary" aria-label={accessibleLabel} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <span className="confirm" role="group" aria-labelledby={questionId}>
      <span id={questionId} className="confirm__question">{question}</span>
      <Button ref={confirmRef} variant="danger" disabled={busy} onClick={onConfirm}>
        {confirmLabel}
      </Button>
      <Button
        variant="secondary"
        onClick={() => {
          returnFocus.current = true;
          setAsking(false);
        }}
      >
        {t('common.cancel')}
      </Button>
    </span>
  );
}
