import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { ConflictNotice, type ConflictRow } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.js';
import { apiRequest } from '../../../lib/api-client.js';
import { fieldErrorsOf, staleVersionOf, type FieldErrors } from '../../../lib/api-errors.js';
import { todayInSweden } from '../../../lib/format.js';
import { useVersionedDraft } from '../../../lib/use-versioned-draft.js';
import type {
  CreateDialogueInput,
  CreateIncidentInput,
  CreateObservationInput,
  CreateWalkInput,
  IncidentReport,
  ObservationStatus,
  SafetyWalk,
  SafetyWalkObservation,
  SituationDialogue,
} from '../api/situation-report-types.js';
import { partUrls, useReportPartMutation } from '../api/situation-reports.js';

interface PartFormProps {
  collaborationId: string;
  reportId: string;
  /** Announced in the page's status region after saving. */
  onSaved: (message: string) => void;
}

/** The dialogue, walk, observation or incident report an "Ändra" form corrects. */
export interface PartEdit<Item> {
  item: Item;
  /** "Medborgardialog 2024-02-06": names the form and, from the saved values, the message "… är ändrad.". */
  nameOf: (item: Item) => string;
  /** The form's heading level where it opens. */
  headingLevel: 4 | 5;
  /** Closes the form; the page returns focus to the part's "Ändra" button. */
  onClose: () => void;
}

type EditProp<Item> = { edit?: PartEdit<Item> | undefined };

/** One field of a part's form; the key is the field's name in the API body, so the server's field errors land on it. */
interface FieldSpec<Key extends string> {
  key: Key;
  label: string;
  type?: 'date' | 'numeric' | 'textarea' | 'select';
  required?: boolean;
  hint?: string;
  rows?: number;
  options?: readonly { value: string; label: string }[];
}

/** Fields top to bottom; a pair shares a row. */
type Layout<Key extends string> = readonly (FieldSpec<Key> | readonly [FieldSpec<Key>, FieldSpec<Key>])[];

type Draft<Key extends string> = Record<Key, string>;

const num = (text: string) => (text.trim() === '' ? null : Number(text));
const numText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** What a part's form shows and does; `edit` is set when it corrects an existing part. */
interface PartFormState<Key extends string> {
  edit: { name: string; headingLevel: 4 | 5; onClose: () => void } | undefined;
  details: RefObject<HTMLDetailsElement | null>;
  draft: Draft<Key>;
  set: (key: Key, value: string) => void;
  submit: () => void;
  /** The other person's values after a stale save. */
  theirs: Draft<Key> | null;
  goOn: (takeTheirs: boolean) => void;
  busy: boolean;
  error: unknown;
}

/**
 * A part's draft and its save: without `edit` a POST that closes the "Lägg till" disclosure and starts a new draft;
 * with it a PATCH with If-Match of the version the user started from, whose 412 keeps the other person's version.
 * The message goes out through the mutation's `onDone`, which survives the refresh unmounting the form.
 */
function usePartForm<Item extends { id: string; version: number }, Key extends string, Input extends object>(
  { collaborationId, reportId, onSaved }: PartFormProps,
  edit: PartEdit<Item> | undefined,
  { url, draftOf, toInput, savedMessage }: { url: string; draftOf: (item?: Item) => Draft<Key>; toInput: (draft: Draft<Key>) => Input; savedMessage: string },
): PartFormState<Key> {
  const { t } = useTranslation();
  const details = useRef<HTMLDetailsElement>(null);
  const { draft, setDraft, baseVersion, conflict, setConflict, restart } = useVersionedDraft<Draft<Key>, Item>(() => draftOf(edit?.item), edit?.item.version ?? 0);
  const save = useReportPartMutation(
    collaborationId,
    reportId,
    (input: Input) => apiRequest(url, edit ? { method: 'PATCH', body: input, ifMatch: baseVersion } : { method: 'POST', body: input }),
    (input) => {
      if (edit) {
        onSaved(t('situationReport.changed', { name: edit.nameOf({ ...edit.item, ...input }) }));
        edit.onClose();
        return;
      }
      if (details.current) details.current.open = false;
      details.current?.querySelector('summary')?.focus();
      setDraft(draftOf());
      onSaved(savedMessage);
    },
  );
  return {
    edit: edit ? { name: edit.nameOf(edit.item), headingLevel: edit.headingLevel, onClose: edit.onClose } : undefined,
    details,
    draft,
    set: (key: Key, value: string) => setDraft((d) => ({ ...d, [key]: value })),
    submit: () => save.mutate(toInput(draft), { onError: (error) => setConflict(staleVersionOf<Item>(error)) }),
    theirs: conflict ? draftOf(conflict) : null,
    /** After a conflict: go on from the other person's version, with their values or keeping the user's own. */
    goOn: (takeTheirs: boolean) => {
      restart(takeTheirs && conflict ? draftOf(conflict) : undefined);
      save.reset();
    },
    busy: save.isPending,
    error: save.error,
  };
}

function PartFields<Key extends string>({ layout, draft, set, errors, idOf }: {
  layout: Layout<Key>;
  draft: Draft<Key>;
  set: (key: Key, value: string) => void;
  errors: FieldErrors;
  idOf: (key: Key) => string;
}) {
  const field = (f: FieldSpec<Key>) => {
    const common = { id: idOf(f.key), label: f.label, hint: f.hint, required: f.required, error: errors[f.key], value: draft[f.key] };
    const onChange = (e: { target: { value: string } }) => set(f.key, e.target.value);
    if (f.type === 'textarea') return <TextAreaField key={f.key} {...common} onChange={onChange} rows={f.rows ?? 2} />;
    if (f.type === 'select') {
      return (
        <SelectField key={f.key} {...common} onChange={onChange}>
          {f.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
      );
    }
    return <TextField key={f.key} {...common} onChange={onChange} type={f.type === 'date' ? 'date' : 'text'} inputMode={f.type === 'numeric' ? 'numeric' : undefined} />;
  };
  return (
    <>
      {layout.map((entry) =>
        Array.isArray(entry) ? (
          <div key={entry.map((f) => f.key).join('-')} className="form__row">
            {entry.map(field)}
          </div>
        ) : (
          field(entry as FieldSpec<Key>)
        ),
      )}
    </>
  );
}

/**
 * A part's form. Adding: a native disclosure "Lägg till …" whose save closes it and returns focus to its summary.
 * Editing: an inline section whose heading takes focus when it opens; a stale save shows the other person's values.
 */
function PartForm<Key extends string>({ form, idPrefix, summary, intro, layout }: {
  form: PartFormState<Key>;
  idPrefix: string;
  summary: string;
  intro?: string;
  layout: Layout<Key>;
}) {
  const { t } = useTranslation();
  const { edit, draft, theirs } = form;
  const heading = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const hadConflict = useRef(false);
  const editing = edit !== undefined;
  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);
  // Leaving the conflict notice (its buttons go away) puts the user back in the form's first field.
  useEffect(() => {
    if (hadConflict.current && !theirs) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    hadConflict.current = theirs !== null;
  }, [theirs]);

  const prefix = editing ? `${idPrefix}-edit` : idPrefix;
  const idOf = (key: Key) => `${prefix}-${key}`;
  const specs = layout.flat() as FieldSpec<Key>[];
  const shown = (f: FieldSpec<Key>, value: string) => f.options?.find((o) => o.value === value)?.label ?? (value || t('common.empty'));
  const conflictRows = (their: Draft<Key>): ConflictRow[] => {
    const differing = specs.filter((f) => their[f.key] !== draft[f.key]);
    return (differing.length ? differing : specs.slice(0, 1)).map((f) => ({ label: f.label, theirs: shown(f, their[f.key]), mine: shown(f, draft[f.key]) }));
  };
  const body = (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.submit();
      }}
    >
      {theirs ? (
        <ConflictNotice rows={conflictRows(theirs)} onRedo={() => form.goOn(false)} onTakeLatest={() => form.goOn(true)} />
      ) : (
        <ErrorSummary error={form.error} fieldIds={Object.fromEntries(specs.map((f) => [f.key, idOf(f.key)]))} />
      )}
      {intro ? <p className="field__hint">{intro}</p> : null}
      <PartFields layout={layout} draft={draft} set={form.set} errors={fieldErrorsOf(form.error)} idOf={idOf} />
      <div className="form__actions">
        <Button type="submit" disabled={form.busy || theirs !== null}>
          {form.busy ? t('common.saving') : t('common.save')}
        </Button>
        {edit ? (
          <Button variant="secondary" onClick={edit.onClose}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
  if (!edit) {
    return (
      <details className="section" ref={form.details}>
        <summary>{summary}</summary>
        {body}
      </details>
    );
  }
  const Heading = edit.headingLevel === 5 ? 'h5' : 'h4';
  const headingId = `${prefix}-heading`;
  return (
    <section className="section panel" aria-labelledby={headingId}>
      <Heading id={headingId} ref={heading} tabIndex={-1}>
        {t('situationReport.edit', { name: edit.name })}
      </Heading>
      {body}
    </section>
  );
}


export function DialogueForm({ edit, ...props }: PartFormProps & EditProp<SituationDialogue>) {
  const { t } = useTranslation();
  const form = usePartForm(props, edit, {
    url: edit ? partUrls.dialogue(props.collaborationId, edit.item.id) : partUrls.dialogues(props.collaborationId, props.reportId),
    draftOf: (d?: SituationDialogue) => ({
      kind: d?.kind ?? 'citizen',
      heldOn: d?.heldOn ?? todayInSweden(),
      method: d?.method ?? '',
      area: d?.area ?? '',
      participantsCount: numText(d?.participantsCount),
      notes: d?.notes ?? '',
      outcomes: d?.outcomes ?? '',
    }),
    toInput: (d): CreateDialogueInput => ({ ...d, kind: d.kind === 'staff' ? 'staff' : 'citizen', participantsCount: num(d.participantsCount) }),
    savedMessage: t('situationReport.dialogues.saved'),
  });
  const kinds = (['citizen', 'staff'] as const).map((k) => ({ value: k, label: t(`situationReport.dialogues.kinds.${k}`) }));
  return (
    <PartForm
      form={form}
      idPrefix={edit ? `dialogue-${edit.item.id}` : 'dialogue'}
      summary={t('situationReport.dialogues.add')}
      layout={[
        { key: 'kind', label: t('situationReport.dialogues.kind'), type: 'select', options: kinds },
        [
          { key: 'heldOn', label: t('situationReport.dialogues.heldOn'), type: 'date', required: true },
          { key: 'method', label: t('situationReport.dialogues.method'), hint: t('situationReport.dialogues.methodHint'), required: true },
        ],
        [
          { key: 'area', label: t('situationReport.dialogues.area') },
          { key: 'participantsCount', label: t('situationReport.dialogues.participants'), hint: t('situationReport.noNames'), type: 'numeric' },
        ],
        { key: 'notes', label: t('situationReport.dialogues.notes'), type: 'textarea', rows: 3 },
        { key: 'outcomes', label: t('situationReport.dialogues.outcomes'), type: 'textarea', rows: 3 },
      ]}
    />
  );
}

export function WalkForm({ edit, ...props }: PartFormProps & EditProp<SafetyWalk>) {
  const { t } = useTranslation();
  const form = usePartForm(props, edit, {
    url: edit ? partUrls.walk(props.collaborationId, edit.item.id) : partUrls.walks(props.collaborationId, props.reportId),
    draftOf: (w?: SafetyWalk) => ({
      walkedOn: w?.walkedOn ?? todayInSweden(),
      area: w?.area ?? '',
      participantsCount: numText(w?.participantsCount),
      organisations: w?.organisations ?? '',
      notes: w?.notes ?? '',
    }),
    toInput: (d): CreateWalkInput => ({ ...d, participantsCount: num(d.participantsCount) }),
    savedMessage: t('situationReport.walks.saved'),
  });
  return (
    <PartForm
      form={form}
      idPrefix={edit ? `walk-${edit.item.id}` : 'walk'}
      summary={t('situationReport.walks.add')}
      layout={[
        [
          { key: 'walkedOn', label: t('situationReport.walks.walkedOn'), type: 'date', required: true },
          { key: 'area', label: t('situationReport.walks.area'), required: true },
        ],
        [
          { key: 'participantsCount', label: t('situationReport.dialogues.participants'), hint: t('situationReport.noNames'), type: 'numeric' },
          { key: 'organisations', label: t('situationReport.walks.organisations') },
        ],
        { key: 'notes', label: t('situationReport.walks.notes'), type: 'textarea', rows: 3 },
      ]}
    />
  );
}

export function ObservationForm({ walkId, walkName, edit, ...props }: PartFormProps & EditProp<SafetyWalkObservation> & { walkId: string; walkName: string }) {
  const { t } = useTranslation();
  const form = usePartForm(props, edit, {
    url: edit ? partUrls.observation(props.collaborationId, edit.item.id) : partUrls.observations(props.collaborationId, walkId),
    // The status has its own control (contributors change it too), so the form leaves it alone.
    draftOf: (o?: SafetyWalkObservation) => ({ place: o?.place ?? '', owner: o?.owner ?? '', problem: o?.problem ?? '', proposedAction: o?.proposedAction ?? '' }),
    toInput: (d): CreateObservationInput => d,
    savedMessage: t('situationReport.walks.observationSaved'),
  });
  return (
    <PartForm
      form={form}
      idPrefix={`observation-${edit ? edit.item.id : walkId}`}
      summary={t('situationReport.walks.addObservation', { walk: walkName })}
      layout={[
        [
          { key: 'place', label: t('situationReport.walks.place'), required: true },
          { key: 'owner', label: t('situationReport.walks.owner') },
        ],
        { key: 'problem', label: t('situationReport.walks.problem'), type: 'textarea', required: true },
        { key: 'proposedAction', label: t('situationReport.walks.proposedAction'), type: 'textarea' },
      ]}
    />
  );
}

/** "Ändra" and "Ta bort" on one part (coordinators); "Ändra" steps aside while its form is open. */
export function PartActions({ partId, editing, onEdit, ...remove }: PartFormProps & { partId: string; url: string; name: string; editing: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="row-actions">
      {editing ? null : (
        <Button id={editButtonId(partId)} variant="secondary" aria-label={t('situationReport.edit', { name: remove.name })} onClick={onEdit}>
          {t('common.edit')}
        </Button>
      )}
      <RemovePartButton {...remove} />
    </div>
  );
}

/** The id of a part's "Ändra" button, where focus returns when its form closes. */
export const editButtonId = (partId: string) => `edit-part-${partId}`;

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

export function IncidentForm({ edit, ...props }: PartFormProps & EditProp<IncidentReport>) {
  const { t } = useTranslation();
  const form = usePartForm(props, edit, {
    url: edit ? partUrls.incident(props.collaborationId, edit.item.id) : partUrls.incidents(props.collaborationId, props.reportId),
    draftOf: (i?: IncidentReport) => ({
      occurredOn: i?.occurredOn ?? todayInSweden(),
      timeOfDay: i?.timeOfDay ?? '',
      category: i?.category ?? '',
      place: i?.place ?? '',
      reportedBy: i?.reportedBy ?? '',
      count: numText(i?.count ?? 1),
      description: i?.description ?? '',
    }),
    toInput: (d): CreateIncidentInput => ({ ...d, timeOfDay: times.find((time) => time === d.timeOfDay) ?? '', count: num(d.count) ?? 1 }),
    savedMessage: t('situationReport.incidents.saved'),
  });
  const timeOptions = times.map((time) => ({ value: time, label: time ? t(`situationReport.incidents.times.${time}`) : t('situationReport.incidents.times.unknown') }));
  return (
    <PartForm
      form={form}
      idPrefix={edit ? `incident-${edit.item.id}` : 'incident'}
      summary={t('situationReport.incidents.add')}
      intro={t('situationReport.incidents.noNames')}
      layout={[
        [
          { key: 'occurredOn', label: t('situationReport.incidents.occurredOn'), type: 'date', required: true },
          { key: 'timeOfDay', label: t('situationReport.incidents.timeOfDay'), type: 'select', options: timeOptions },
        ],
        [
          { key: 'category', label: t('situationReport.incidents.category'), hint: t('situationReport.incidents.categoryHint'), required: true },
          { key: 'place', label: t('situationReport.incidents.place'), required: true },
        ],
        [
          { key: 'reportedBy', label: t('situationReport.incidents.reportedBy'), hint: t('situationReport.incidents.reportedByHint') },
          { key: 'count', label: t('situationReport.incidents.count'), type: 'numeric' },
        ],
        { key: 'description', label: t('situationReport.incidents.description'), type: 'textarea' },
      ]}
    />
  );
}
