import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.js';
import { apiRequest } from '../../../lib/api-client.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import { todayInSweden } from '../../../lib/format.js';
import type {
  CreateDialogueInput,
  CreateIncidentInput,
  CreateObservationInput,
  CreateWalkInput,
  ObservationStatus,
  SafetyWalkObservation,
} from '../api/situation-report-types.js';
import { partUrls, useReportPartMutation } from '../api/situation-reports.js';

interface PartFormProps {
  collaborationId: string;
  reportId: string;
  /** Announced in the page's status region after saving. */
  onSaved: (message: string) => void;
}

/** "Lägg till …": a native disclosure holding a small form; saving closes it and returns focus to its summary. */
function AddForm({ summary, onSubmit, busy, error, fieldIds, children }: {
  summary: string;
  onSubmit: (close: () => void) => void;
  busy: boolean;
  error: unknown;
  fieldIds: Record<string, string>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const details = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (details.current) details.current.open = false;
    details.current?.querySelector('summary')?.focus();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(close);
  };
  return (
    <details className="section" ref={details}>
      <summary>{summary}</summary>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary error={error} fieldIds={fieldIds} />
        {children}
        <div className="form__actions">
          <Button type="submit" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </Button>
        </div>
      </form>
    </details>
  );
}

const num = (text: string) => (text.trim() === '' ? null : Number(text));

/** A "Lägg till" form's draft and its POST: saving closes the form, starts a new draft and announces the message. */
function usePartForm<Draft extends Record<string, string>, Input>(
  { collaborationId, reportId, onSaved }: PartFormProps,
  url: string,
  empty: () => Draft,
  toInput: (draft: Draft) => Input,
  savedMessage: string,
) {
  const [draft, setDraft] = useState(empty);
  const save = useReportPartMutation(collaborationId, reportId, (input: Input) => apiRequest(url, { method: 'POST', body: input }));
  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  const submit = (close: () => void) =>
    save.mutate(toInput(draft), {
      onSuccess: () => {
        close();
        setDraft(empty());
        onSaved(savedMessage);
      },
    });
  return { draft, set, submit, busy: save.isPending, error: save.error, errors: fieldErrorsOf(save.error) };
}

export function DialogueForm(props: PartFormProps) {
  const { t } = useTranslation();
  const { draft, set, submit, busy, error, errors } = usePartForm(
    props,
    partUrls.dialogues(props.collaborationId, props.reportId),
    () => ({ kind: 'citizen', heldOn: todayInSweden(), method: '', area: '', participants: '', notes: '', outcomes: '' }),
    (d): CreateDialogueInput => ({
      kind: d.kind === 'staff' ? 'staff' : 'citizen',
      heldOn: d.heldOn,
      method: d.method,
      area: d.area,
      participantsCount: num(d.participants),
      notes: d.notes,
      outcomes: d.outcomes,
    }),
    t('situationReport.dialogues.saved'),
  );
  const id = (f: string) => `dialogue-${f}`;
  return (
    <AddForm
      summary={t('situationReport.dialogues.add')}
      busy={busy}
      error={error}
      fieldIds={{ heldOn: id('heldOn'), method: id('method'), participantsCount: id('participants') }}
      onSubmit={submit}
    >
      <SelectField id={id('kind')} label={t('situationReport.dialogues.kind')} value={draft.kind} onChange={set('kind')}>
        <option value="citizen">{t('situationReport.dialogues.kinds.citizen')}</option>
        <option value="staff">{t('situationReport.dialogues.kinds.staff')}</option>
      </SelectField>
      <div className="form__row">
        <TextField id={id('heldOn')} label={t('situationReport.dialogues.heldOn')} type="date" required value={draft.heldOn} onChange={set('heldOn')} error={errors.heldOn} />
        <TextField id={id('method')} label={t('situationReport.dialogues.method')} hint={t('situationReport.dialogues.methodHint')} required value={draft.method} onChange={set('method')} error={errors.method} />
      </div>
      <div className="form__row">
        <TextField id={id('area')} label={t('situationReport.dialogues.area')} value={draft.area} onChange={set('area')} error={errors.area} />
        <TextField
          id={id('participants')}
          label={t('situationReport.dialogues.participants')}
          hint={t('situationReport.noNames')}
          inputMode="numeric"
          value={draft.participants}
          onChange={set('participants')}
          error={errors.participantsCount}
        />
      </div>
      <TextAreaField id={id('notes')} label={t('situationReport.dialogues.notes')} value={draft.notes} onChange={set('notes')} error={errors.notes} rows={3} />
      <TextAreaField id={id('outcomes')} label={t('situationReport.dialogues.outcomes')} value={draft.outcomes} onChange={set('outcomes')} error={errors.outcomes} rows={3} />
    </AddForm>
  );
}

export function WalkForm(props: PartFormProps) {
  const { t } = useTranslation();
  const { draft, set, submit, busy, error, errors } = usePartForm(
    props,
    partUrls.walks(props.collaborationId, props.reportId),
    () => ({ walkedOn: todayInSweden(), area: '', participants: '', organisations: '', notes: '' }),
    (d): CreateWalkInput => ({ walkedOn: d.walkedOn, area: d.area, participantsCount: num(d.participants), organisations: d.organisations, notes: d.notes }),
    t('situationReport.walks.saved'),
  );
  const id = (f: string) => `walk-${f}`;
  return (
    <AddForm
      summary={t('situationReport.walks.add')}
      busy={busy}
      error={error}
      fieldIds={{ walkedOn: id('walkedOn'), area: id('area'), participantsCount: id('participants') }}
      onSubmit={submit}
    >
      <div className="form__row">
        <TextField id={id('walkedOn')} label={t('situationReport.walks.walkedOn')} type="date" required value={draft.walkedOn} onChange={set('walkedOn')} error={errors.walkedOn} />
        <TextField id={id('area')} label={t('situationReport.walks.area')} required value={draft.area} onChange={set('area')} error={errors.area} />
      </div>
      <div className="form__row">
        <TextField
          id={id('participants')}
          label={t('situationReport.dialogues.participants')}
          hint={t('situationReport.noNames')}
          inputMode="numeric"
          value={draft.participants}
          onChange={set('participants')}
          error={errors.participantsCount}
        />
        <TextField id={id('organisations')} label={t('situationReport.walks.organisations')} value={draft.organisations} onChange={set('organisations')} error={errors.organisations} />
      </div>
      <TextAreaField id={id('notes')} label={t('situationReport.walks.notes')} value={draft.notes} onChange={set('notes')} error={errors.notes} rows={3} />
    </AddForm>
  );
}

export function ObservationForm({ walkId, walkName, ...props }: PartFormProps & { walkId: string; walkName: string }) {
  const { t } = useTranslation();
  const { draft, set, submit, busy, error, errors } = usePartForm(
    props,
    partUrls.observations(props.collaborationId, walkId),
    () => ({ place: '', problem: '', proposedAction: '', owner: '' }),
    (d): CreateObservationInput => d,
    t('situationReport.walks.observationSaved'),
  );
  const id = (f: string) => `observation-${walkId}-${f}`;
  return (
    <AddForm
      summary={t('situationReport.walks.addObservation', { walk: walkName })}
      busy={busy}
      error={error}
      fieldIds={{ place: id('place'), problem: id('problem') }}
      onSubmit={submit}
    >
      <div className="form__row">
        <TextField id={id('place')} label={t('situationReport.walks.place')} required value={draft.place} onChange={set('place')} error={errors.place} />
        <TextField id={id('owner')} label={t('situationReport.walks.owner')} value={draft.owner} onChange={set('owner')} error={errors.owner} />
      </div>
      <TextAreaField id={id('problem')} label={t('situationReport.walks.problem')} required value={draft.problem} onChange={set('problem')} error={errors.problem} rows={2} />
      <TextAreaField id={id('proposedAction')} label={t('situationReport.walks.proposedAction')} value={draft.proposedAction} onChange={set('proposedAction')} error={errors.proposedAction} rows={2} />
    </AddForm>
  );
}

/** "Ta bort" for a dialogue, walk, observation or incident report (coordinators), asked inline. */
export function RemovePartButton({ collaborationId, reportId, onSaved, url, name }: PartFormProps & { url: string; name: string }) {
  const { t } = useTranslation();
  const remove = useReportPartMutation(
    collaborationId,
    reportId,
    () => apiRequest(url, { method: 'DELETE' }),
    () => onSaved(t('situationReport.removed', { name })),
  );
  return (
    <>
      <ConfirmButton
        label={t('common.remove')}
        accessibleLabel={t('situationReport.remove', { name })}
        question={t('situationReport.removeQuestion', { name })}
        confirmLabel={t('situationReport.removeConfirm')}
        busy={remove.isPending}
        onConfirm={() => remove.mutate(undefined)}
      />
      {remove.error ? <ErrorSummary error={remove.error} /> : null}
    </>
  );
}

const statuses: ObservationStatus[] = ['open', 'in_progress', 'done', 'declined'];

/** The status of one observation as a select with its own save button (contributors may change it). */
export function ObservationStatusControl({ collaborationId, reportId, observation, onSaved }: PartFormProps & { observation: SafetyWalkObservation }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState(observation.status);
  const save = useReportPartMutation(
    collaborationId,
    reportId,
    (input: { status: ObservationStatus }) =>
      apiRequest(partUrls.observation(collaborationId, observation.id), { method: 'PATCH', body: input, ifMatch: observation.version }),
    (input) => onSaved(t('situationReport.walks.statusSaved', { place: observation.place, status: t(`situationReport.walks.statuses.${input.status}`) })),
  );
  const id = `observation-status-${observation.id}`;
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ status });
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('situationReport.walks.statusFor', { place: observation.place })}
      </label>
      <select id={id} value={status} onChange={(e) => setStatus(e.target.value as ObservationStatus)}>
        {statuses.map((s) => (
          <option key={s} value={s}>
            {t(`situationReport.walks.statuses.${s}`)}
          </option>
        ))}
      </select>{' '}
      <Button type="submit" variant="secondary" disabled={save.isPending || status === observation.status}>
        {t('common.save')}
        <span className="visually-hidden"> {t('situationReport.walks.statusFor', { place: observation.place })}</span>
      </Button>
      {save.error ? <ErrorSummary error={save.error} /> : null}
    </form>
  );
}

const times = ['', 'morgon', 'dag', 'kvall', 'natt'] as const;

export function IncidentForm(props: PartFormProps) {
  const { t } = useTranslation();
  const { draft, set, submit, busy, error, errors } = usePartForm(
    props,
    partUrls.incidents(props.collaborationId, props.reportId),
    () => ({ occurredOn: todayInSweden(), timeOfDay: '', category: '', place: '', area: '', description: '', reportedBy: '', count: '1' }),
    (d): CreateIncidentInput => ({ ...d, timeOfDay: times.find((time) => time === d.timeOfDay) ?? '', count: num(d.count) ?? 1 }),
    t('situationReport.incidents.saved'),
  );
  const id = (f: string) => `incident-${f}`;
  return (
    <AddForm
      summary={t('situationReport.incidents.add')}
      busy={busy}
      error={error}
      fieldIds={{ occurredOn: id('occurredOn'), category: id('category'), place: id('place'), count: id('count') }}
      onSubmit={submit}
    >
      <p className="field__hint">{t('situationReport.incidents.noNames')}</p>
      <div className="form__row">
        <TextField id={id('occurredOn')} label={t('situationReport.incidents.occurredOn')} type="date" required value={draft.occurredOn} onChange={set('occurredOn')} error={errors.occurredOn} />
        <SelectField id={id('timeOfDay')} label={t('situationReport.incidents.timeOfDay')} value={draft.timeOfDay} onChange={set('timeOfDay')}>
          {times.map((time) => (
            <option key={time} value={time}>
              {time ? t(`situationReport.incidents.times.${time}`) : t('situationReport.incidents.times.unknown')}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form__row">
        <TextField
          id={id('category')}
          label={t('situationReport.incidents.category')}
          hint={t('situationReport.incidents.categoryHint')}
          required
          value={draft.category}
          onChange={set('category')}
          error={errors.category}
        />
        <TextField id={id('place')} label={t('situationReport.incidents.place')} required value={draft.place} onChange={set('place')} error={errors.place} />
      </div>
      <div className="form__row">
        <TextField id={id('reportedBy')} label={t('situationReport.incidents.reportedBy')} hint={t('situationReport.incidents.reportedByHint')} value={draft.reportedBy} onChange={set('reportedBy')} error={errors.reportedBy} />
        <TextField id={id('count')} label={t('situationReport.incidents.count')} inputMode="numeric" value={draft.count} onChange={set('count')} error={errors.count} />
      </div>
      <TextAreaField id={id('description')} label={t('situationReport.incidents.description')} value={draft.description} onChange={set('description')} error={errors.description} rows={2} />
    </AddForm>
  );
}
