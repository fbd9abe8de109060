import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.js';
import { Button } from '../../../components/ui/button.js';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import type { LocalizedText } from '../../../lib/api-errors.js';
import type { LogEntry, Organisation } from '../../../lib/api-types.js';
import { formatDateTime, formatFileSize } from '../../../lib/format.js';
import { joinList } from '../../../lib/list-text.js';
import { useActivityLog } from '../api/get-activity-log.js';
import { useRemoveAttachment } from '../api/remove-attachment.js';
import { useRemoveLogEntry } from '../api/remove-log-entry.js';
import { attachmentUrl } from '../api/upload-attachment.js';
import { LogEntryForm } from './log-entry-form.js';
import { RestrictedBadge } from './restricted-badge.js';

interface ActivityLogSectionProps {
  collaborationId: string;
  activityId: string;
  currentUserId: string;
  /** Coordinators and administrators change anyone's entries; reporters only their own. */
  canManageAll: boolean;
  organisation: Organisation | null | undefined;
}

const editButtonId = (logId: string) => `edit-log-button-${logId}`;

/** "Genomförda aktiviteter": every report the user may see, newest first, with attachments and, where allowed, edit and delete. */
export function ActivityLogSection({ collaborationId, activityId, currentUserId, canManageAll, organisation }: ActivityLogSectionProps) {
  const { t } = useTranslation();
  const log = useActivityLog(collaborationId, activityId);
  const removeEntry = useRemoveLogEntry(collaborationId, activityId);
  const removeAttachment = useRemoveAttachment(collaborationId, activityId);
  const [editing, setEditing] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [attachmentProblem, setAttachmentProblem] = useState<LocalizedText | null>(null);
  const returnFocusTo = useRef<string | null>(null);
  const entries = log.data?.pages.flat() ?? [];

  // Back to the entry's "Ändra" once its form has closed and the button is on screen again.
  useEffect(() => {
    if (editing === null && returnFocusTo.current) {
      document.getElementById(editButtonId(returnFocusTo.current))?.focus();
      returnFocusTo.current = null;
    }
  }, [editing]);
  const mayChange = (entry: LogEntry) => canManageAll || entry.reportedBy?.id === currentUserId;

  return (
    <section className="section" aria-labelledby="log-heading">
      <h2 id="log-heading" tabIndex={-1}>
        {t('log.heading')}
      </h2>
      <StatusMessage message={note} />
      {attachmentProblem ? (
        <Alert tone="error">
          <p lang={attachmentProblem.lang}>{t('log.attachmentFailed', { reason: attachmentProblem.text })}</p>
        </Alert>
      ) : null}
      {removeEntry.error ? <ErrorSummary error={removeEntry.error} /> : null}
      {removeAttachment.error ? <ErrorSummary error={removeAttachment.error} /> : null}
      {log.isPending ? <Loading /> : null}
      {log.isError ? <ErrorSummary error={log.error} /> : null}
      {log.data && entries.length === 0 ? <p>{t('log.none')}</p> : null}
      {entries.length ? (
        <ul className="log-list">
          {entries.map((entry) => (
            <li key={entry.id} className="log-entry">
              {editing === entry.id ? (
                <LogEntryForm
                  collaborationId={collaborationId}
                  activityId={activityId}
                  entry={entry}
                  organisation={organisation}
                  onDone={(outcome) => {
                    returnFocusTo.current = entry.id;
                    setEditing(null);
                    if (outcome) {
                      setNote(t('log.saved', { date: outcome.entry.occurredOn }));
                      setAttachmentProblem(outcome.attachmentProblem);
                    }
                  }}
                />
              ) : (
                <>
                  <h3 className="log-entry__title">{t('log.entryHeading', { date: entry.occurredOn, count: entry.count })}</h3>
                  {entry.restricted ? <RestrictedBadge restricted={entry.restricted} /> : null}
                  <dl className="summary-list summary-list--compact">
                    {entry.place ? (
                      <div>
                        <dt>{t('log.placeLabel')}</dt>
                        <dd>{entry.place}</dd>
                      </div>
                    ) : null}
                    {entry.participants.length ? (
                      <div>
                        <dt>{t('log.participantsLabel')}</dt>
                        <dd>{joinList(entry.participants)}</dd>
                      </div>
                    ) : null}
                    {entry.note ? (
                      <div>
                        <dt>{t('log.noteLabel')}</dt>
                        <dd className="pre-line">{entry.note}</dd>
                      </div>
                    ) : null}
                    <div>
                      <dt>{t('log.reportedBy')}</dt>
                      <dd>
                        {t('log.reportedByValue', {
                          name: entry.reportedBy?.displayName || t('log.unknownReporter'),
                          at: formatDateTime(entry.createdAt),
                        })}
                      </dd>
                    </div>
                  </dl>
                  {entry.attachments.length ? (
                    <div className="attachments">
                      <h4 className="attachments__heading">{t('log.attachments')}</h4>
                      <ul className="attachments__list">
                        {entry.attachments.map((file) => (
                          <li key={file.id}>
                            <a href={attachmentUrl(collaborationId, entry.id, file.id)} download={file.filename}>
                              {t('log.download', { filename: file.filename, size: formatFileSize(file.size) })}
                            </a>
                            {file.restricted ? <RestrictedBadge restricted={file.restricted} /> : null}
                            {mayChange(entry) ? (
                              <ConfirmButton
                                label={t('common.remove')}
                                accessibleLabel={t('log.removeAttachmentNamed', { filename: file.filename })}
                                question={t('log.removeAttachmentQuestion', { filename: file.filename })}
                                confirmLabel={t('log.removeConfirm')}
                                busy={removeAttachment.isPending}
                                onConfirm={() =>
                                  removeAttachment.mutate(
                                    { logId: entry.id, attachmentId: file.id },
                                    {
                                      onSuccess: () => {
                                        setNote(t('log.attachmentRemoved', { filename: file.filename }));
                                        document.getElementById('log-heading')?.focus();
                                      },
                                    },
                                  )
                                }
                              />
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {mayChange(entry) ? (
                    <div className="row-actions">
                      <Button
                        id={editButtonId(entry.id)}
                        variant="secondary"
                        aria-label={t('log.editNamed', { date: entry.occurredOn })}
                        onClick={() => {
                          setNote('');
                          setAttachmentProblem(null);
                          setEditing(entry.id);
                        }}
                      >
                        {t('common.edit')}
                      </Button>
                      <ConfirmButton
                        label={t('common.remove')}
                        accessibleLabel={t('log.removeNamed', { date: entry.occurredOn })}
                        question={t('log.removeQuestion', { date: entry.occurredOn })}
                        confirmLabel={t('log.removeConfirm')}
                        busy={removeEntry.isPending}
                        onConfirm={() =>
                          removeEntry.mutate(entry.id, {
                            onSuccess: () => {
                              setNote(t('log.removed', { date: entry.occurredOn }));
                              document.getElementById('log-heading')?.focus();
                            },
                          })
                        }
                      />
                    </div>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {log.hasNextPage ? (
        <p>
          <Button
            variant="secondary"
            aria-disabled={log.isFetchingNextPage || undefined}
            onClick={() => {
              if (!log.isFetchingNextPage) void log.fetchNextPage();
            }}
          >
            {log.isFetchingNextPage ? t('common.loading') : t('log.more')}
          </Button>
        </p>
      ) : null}
    </section>
  );
}
