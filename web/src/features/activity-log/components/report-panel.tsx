import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.js';
import { Button } from '../../../components/ui/button.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import type { LocalizedText } from '../../../lib/api-errors.js';
import type { Organisation } from '../../../lib/api-types.js';
import { LogEntryForm } from './log-entry-form.js';

interface ReportPanelProps {
  collaborationId: string;
  activityId: string;
  /** Names the button and the form where several activities are listed ("Rapportera Trafikkontroller"). */
  activityName?: string | undefined;
  organisation: Organisation | null | undefined;
}

/** A large "Rapportera" button that opens the short report form in place; afterwards a success message, and focus back on the button. */
export function ReportPanel({ collaborationId, activityId, activityName, organisation }: ReportPanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [attachmentProblem, setAttachmentProblem] = useState<LocalizedText | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Back to "Rapportera" once the form has closed and the button is on screen again.
  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [open]);

  return (
    <div className="report">
      {open ? (
        <LogEntryForm
          collaborationId={collaborationId}
          activityId={activityId}
          activityName={activityName}
          organisation={organisation}
          onDone={(outcome) => {
            returnFocus.current = true;
            setOpen(false);
            if (outcome) {
              setNote(t('log.reported', { count: outcome.entry.count, date: outcome.entry.occurredOn }));
              setAttachmentProblem(outcome.attachmentProblem);
            }
          }}
        />
      ) : (
        <Button
          ref={buttonRef}
          className="button--large report__button"
          aria-label={activityName ? t('log.reportNamed', { name: activityName }) : undefined}
          onClick={() => {
            setNote('');
            setAttachmentProblem(null);
            setOpen(true);
          }}
        >
          {t('log.report')}
        </Button>
      )}
      <StatusMessage message={note} />
      {attachmentProblem ? (
        <Alert tone="error">
          <p lang={attachmentProblem.lang}>{t('log.attachmentFailed', { reason: attachmentProblem.text })}</p>
        </Alert>
      ) : null}
    </div>
  );
}
