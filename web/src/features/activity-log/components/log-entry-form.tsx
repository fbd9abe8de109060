import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { CheckboxField, TextAreaField, TextField } from '../../../components/ui/field.js';
import { fieldErrorsOf, useErrorText, type LocalizedText } from '../../../lib/api-errors.js';
import type { LogEntry, Organisation } from '../../../lib/api-types.js';
import { todayInSweden } from '../../../lib/format.js';
import { useLocale } from '../../../lib/i18n.js';
import { joinList, parseList } from '../../../lib/list-text.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';
import { useCreateLogEntry } from '../api/create-log-entry.js';
import { staleLogEntryOf, useUpdateLogEntry } from '../api/update-log-entry.js';
import { acceptedAttachmentTypes, attachmentTypeOf, MAX_ATTACHMENT_BYTES, useUploadAttachment } from '../api/upload-attachment.js';

interface Draft {
  occurredOn: string;
  count: string;
  place: string;
  participants: string;
  note: string;
  restricted: boolean;
}

function draftOf(entry: LogEntry | undefined): Draft {
  return {
    occurredOn: entry?.occurredOn ?? todayInSweden(),
    count: String(entry?.count ?? 1),
    place: entry?.place ?? '',
    participants: joinList(entry?.participants ?? []),
    note: entry?.note ?? '',
    restricted: entry ? entry.restricted !== null : false,
  };
}

/** The count as a whole number from 1, or null when the field holds something else. */
const countOf = (text: string): number | null => (/^\s*\d{1,6}\s*$/.test(text) && Number(text) >= 1 ? Number(text) : null);

export interface ReportOutcome {
  entry: LogEntry;
  /** Set when the entry was saved but its attachment was not. */
  attachmentProblem: LocalizedText | null;
}

interface LogEntryFormProps {
  collaborationId: string;
  activityId: string;
  /** Shown in the heading when reporting from a list of activities. */
  activityName?: string | undefined;
  /** The entry to edit; without it a new report is made. */
  entry?: LogEntry;
  /** The organisation the user acts for here: null when none, undefined while unknown. */
  organisation: Organisation | null | undefined;
  onDone: (outcome: ReportOutcome | null) => void;
}

/**
 * "Rapportera": date (today), antal (1), and the rest optional, so a report from a phone is a couple of taps.
 * Never asks for anything about citizens.
 */
export function LogEntryForm({ collaborationId, activityId, activityName, entry, organisation, onDone }: LogEntryFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useErrorText();
  const organisationLabel = useOrganisationLabel();
  const create = useCreateLogEntry(collaborationId, activityId);
  const update = useUpdateLogEntry(collaborationId, activityId);
  const upload = useUploadAttachment(collaborationId, activityId);
  const mutation = entry ? update : create;
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<LocalizedText | null>(null);
  const [countProblem, setCountProblem] = useState<LocalizedText | null>(null);
  const [baseVersion, setBaseVersion] = useState(entry?.version ?? 0);
  const [conflict, setConflict] = useState<LogEntry | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const p = entry ? `edit-log-${entry.id}` : `report-${activityId}`;
  const ids = {
    occurredOn: `${p}-date`,
    count: `${p}-count`,
    place: `${p}-place`,
    participants: `${p}-participants`,
    note: `${p}-note`,
    restricted: `${p}-restricted`,
    file: `${p}-file`,
  };

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const step = (by: number) => set('count', String(Math.max(1, (countOf(draft.count) ?? 1) + by)));

  function chooseFile(chosen: File | null) {
    setFile(chosen);
    if (!chosen) return setFileProblem(null);
    if (!attachmentTypeOf(chosen)) return setFileProblem({ text: t('log.fileWrongType'), lang: locale });
    if (chosen.size > MAX_ATTACHMENT_BYTES) return setFileProblem({ text: t('log.fileTooLarge'), lang: locale });
    setFileProblem(null);
  }

  async function attach(saved: LogEntry): Promise<LocalizedText | null> {
    const contentType = file ? attachmentTypeOf(file) : null;
    if (!file || !contentType) return null;
    try {
      await upload.mutateAsync({ logId: saved.id, file, contentType, restricted: saved.restricted !== null });
      return null;
    } catch (error) {
      return errorText(error);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending || upload.isPending) return;
    const count = countOf(draft.count);
    setCountProblem(count === null ? { text: t('log.countInvalid'), lang: locale } : null);
    if (count === null || fileProblem) {
      document.getElementById(count === null ? ids.count : ids.file)?.focus();
      return;
    }
    const body = {
      occurredOn: draft.occurredOn,
      count,
      place: draft.place,
      participants: parseList(draft.participants),
      note: draft.note,
      restricted: draft.restricted,
    };
    const finish = async (saved: LogEntry) => onDone({ entry: saved, attachmentProblem: await attach(saved) });
    if (!entry) {
      create.mutate(body, { onSuccess: (saved) => void finish(saved) });
      return;
    }
    update.mutate(
      { logId: entry.id, version: baseVersion, changes: body },
      { onSuccess: (saved) => void finish(saved), onError: (error) => setConflict(staleLogEntryOf(error)) },
    );
  }

  function restart(latest: LogEntry, keepMine: boolean) {
    if (!keepMine) setDraft(draftOf(latest));
    setBaseVersion(latest.version);
    setConflict(null);
    update.reset();
    document.getElementById(ids.occurredOn)?.focus();
  }

  const fieldErrors = fieldErrorsOf(mutation.error);
  const participantsError = Object.entries(fieldErrors).find(([key]) => key === 'participants' || key.startsWith('participants.'))?.[1];
  const or = (text: string) => text || t('common.empty');
  const yesNo = (restricted: boolean) => (restricted ? t('log.restricted') : t('common.empty'));
  const headingId = `${p}-heading`;
  const heading = entry
    ? t('log.editHeading', { date: entry.occurredOn })
    : activityName
      ? t('log.reportHeadingNamed', { name: activityName })
      : t('log.reportHeading');
  const busy = mutation.isPending || upload.isPending;

  return (
    <section className="report-form" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      {conflict ? (
        <ConflictNotice
          rows={[
            { label: t('log.occurredOn'), theirs: conflict.occurredOn, mine: draft.occurredOn },
            { label: t('log.count'), theirs: String(conflict.count), mine: draft.count },
            { label: t('log.placeLabel'), theirs: or(conflict.place), mine: or(draft.place) },
            { label: t('log.participantsLabel'), theirs: or(joinList(conflict.participants)), mine: or(joinList(parseList(draft.participants))) },
            { label: t('log.noteLabel'), theirs: or(conflict.note), mine: or(draft.note) },
            { label: t('log.restricted'), theirs: yesNo(conflict.restricted !== null), mine: yesNo(draft.restricted) },
          ]}
          onRedo={() => restart(conflict, true)}
          onTakeLatest={() => restart(conflict, false)}
        />
      ) : (
        <ErrorSummary error={mutation.error} fieldIds={ids} />
      )}
      <form className="form form--report" onSubmit={submit} noValidate>
        <div className="form__row">
          <TextField
            id={ids.occurredOn}
            label={t('log.occurredOn')}
            type="date"
            required
            value={draft.occurredOn}
            onChange={(e) => set('occurredOn', e.target.value)}
            error={fieldErrors.occurredOn}
          />
          <div className="stepper">
            <TextField
              id={ids.count}
              label={t('log.count')}
              type="number"
              inputMode="numeric"
              min={1}
              max={10000}
              step={1}
              required
              className="input--short"
              value={draft.count}
              onChange={(e) => set('count', e.target.value)}
              error={countProblem ?? fieldErrors.count}
            />
            <div className="stepper__buttons">
              <Button variant="secondary" aria-label={t('log.decrease')} aria-controls={ids.count} onClick={() => step(-1)}>
                −
              </Button>
              <Button variant="secondary" aria-label={t('log.increase')} aria-controls={ids.count} onClick={() => step(1)}>
                +
              </Button>
            </div>
          </div>
        </div>
        <TextField
          id={ids.place}
          label={t('log.place')}
          hint={t('log.placeHint')}
          maxLength={300}
          value={draft.place}
          onChange={(e) => set('place', e.target.value)}
          error={fieldErrors.place}
        />
        <TextField
          id={ids.participants}
          label={t('log.participants')}
          hint={t('log.participantsHint')}
          value={draft.participants}
          onChange={(e) => set('participants', e.target.value)}
          error={participantsError}
        />
        <TextAreaField
          id={ids.note}
          label={t('log.note')}
          hint={t('log.noteHint')}
          rows={3}
          maxLength={5000}
          value={draft.note}
          onChange={(e) => set('note', e.target.value)}
          error={fieldErrors.note}
        />
        {organisation === null ? (
          <p className="muted-text">{t('log.noOrganisation')}</p>
        ) : (
          <CheckboxField
            id={ids.restricted}
            label={t('log.restricted')}
            hint={organisation ? t('log.restrictedHintNamed', { organisation: organisationLabel(organisation) }) : t('log.restrictedHint')}
            checked={draft.restricted}
            onChange={(e) => set('restricted', e.target.checked)}
            error={fieldErrors.restricted}
          />
        )}
        <TextField
          id={ids.file}
          label={entry ? t('log.addFile') : t('log.file')}
          hint={t('log.fileHint')}
          type="file"
          accept={acceptedAttachmentTypes}
          onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
          error={fileProblem ?? undefined}
        />
        <div className="form__actions">
          <Button type="submit" className="button--large" disabled={conflict !== null}>
            {busy ? t('common.saving') : t('log.save')}
          </Button>
          <Button variant="secondary" className="button--large" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
