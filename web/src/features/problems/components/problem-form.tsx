import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../../components/ui/field.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { FocusArea } from '../../../lib/api-types.js';
import { useVersionedDraft } from '../../../lib/use-versioned-draft.js';
import { useCreateProblem } from '../api/create-problem.js';
import { staleProblemOf, useUpdateProblem } from '../api/update-problem.js';
import { priorities, type Problem, type ProblemPriority } from '../api/types.js';

interface ProblemDraft {
  title: string;
  description: string;
  area: string;
  priority: ProblemPriority;
  focusAreaId: string;
}

function draftOf(p: Problem): ProblemDraft {
  return { title: p.title, description: p.description, area: p.area, priority: p.priority, focusAreaId: p.focusAreaId ?? '' };
}

interface ProblemFormProps {
  collaborationId: string;
  /** The problem to change; null adds a new one. */
  problem: Problem | null;
  /** A new problem belongs to this lägesbild (the page's filter). */
  reportId: string | null;
  focusAreas: readonly FocusArea[];
  onDone: (saved: Problem | null) => void;
}

/** A problem: rubrik, beskrivning, område, prioritet and fokusområde. */
export function ProblemForm({ collaborationId, problem, reportId, focusAreas, onDone }: ProblemFormProps) {
  const { t } = useTranslation();
  const create = useCreateProblem(collaborationId);
  const update = useUpdateProblem(collaborationId);
  const mutation = problem ? update : create;
  const empty: ProblemDraft = { title: '', description: '', area: '', priority: 'medium', focusAreaId: '' };
  const { draft, setDraft, baseVersion, conflict, setConflict, restart: restartFrom } = useVersionedDraft<ProblemDraft, Problem>(
    () => (problem ? draftOf(problem) : empty),
    problem?.version ?? 0,
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A new problem is a section of the page; an edit sits inside the problem's card (h3).
  const Heading = problem ? 'h4' : 'h2';
  const prefix = problem ? `edit-problem-${problem.id}` : 'new-problem';
  const ids = { title: `${prefix}-title`, description: `${prefix}-description`, area: `${prefix}-area`, priority: `${prefix}-priority-${draft.priority}`, focusAreaId: `${prefix}-focus-area` };
  const errors = fieldErrorsOf(mutation.error);

  useEffect(() => {
    if (problem) headingRef.current?.focus();
  }, [problem]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    const body = { title: draft.title, description: draft.description, area: draft.area, priority: draft.priority, focusAreaId: draft.focusAreaId || null };
    if (!problem) {
      create.mutate(
        { ...body, reportId },
        {
          onSuccess: (saved) => {
            setDraft(empty);
            onDone(saved);
          },
        },
      );
      return;
    }
    update.mutate(
      { problemId: problem.id, version: baseVersion, changes: body },
      { onSuccess: (saved) => onDone(saved), onError: (error) => setConflict(staleProblemOf(error)) },
    );
  }

  function restart(latest: Problem, keepMine: boolean) {
    restartFrom(keepMine ? undefined : draftOf(latest));
    update.reset();
    document.getElementById(ids.title)?.focus();
  }

  const priorityWord = (p: ProblemPriority) => t(`problems.priority.${p}`);
  const focusAreaName = (id: string | null) => focusAreas.find((f) => f.id === id)?.name ?? t('problems.noFocusArea');
  return (
    <section className="section panel" aria-labelledby={`${prefix}-heading`}>
      <Heading id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        {problem ? t('problems.editHeading', { title: problem.title }) : t('problems.addHeading')}
      </Heading>
      {conflict ? (
        <ConflictNotice
          rows={[
            { label: t('problems.fields.title'), theirs: conflict.title, mine: draft.title },
            { label: t('problems.fields.description'), theirs: conflict.description, mine: draft.description },
            { label: t('problems.fields.area'), theirs: conflict.area, mine: draft.area },
            { label: t('problems.fields.priority'), theirs: priorityWord(conflict.priority), mine: priorityWord(draft.priority) },
            { label: t('problems.fields.focusArea'), theirs: focusAreaName(conflict.focusAreaId), mine: focusAreaName(draft.focusAreaId || null) },
          ]}
          onRedo={() => restart(conflict, true)}
          onTakeLatest={() => restart(conflict, false)}
        />
      ) : (
        <ErrorSummary error={mutation.error} fieldIds={ids} />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <TextField id={ids.title} label={t('problems.fields.title')} required maxLength={300} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} error={errors.title} />
        <TextAreaField
          id={ids.description}
          label={t('problems.fields.description')}
          hint={t('problems.fields.descriptionHint')}
          rows={3}
          value={draft.description}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
          error={errors.description}
        />
        <TextField id={ids.area} label={t('problems.fields.area')} hint={t('problems.fields.areaHint')} maxLength={300} value={draft.area} onChange={(e) => setDraft({ ...draft, area: e.target.value })} error={errors.area} />
        <RadioGroup<ProblemPriority>
          name={`${prefix}-priority`}
          legend={t('problems.fields.priority')}
          value={draft.priority}
          options={priorities.map((p) => ({ value: p, label: priorityWord(p) }))}
          onChange={(priority) => setDraft({ ...draft, priority })}
          error={errors.priority}
        />
        <SelectField id={ids.focusAreaId} label={t('problems.fields.focusArea')} value={draft.focusAreaId} onChange={(e) => setDraft({ ...draft, focusAreaId: e.target.value })} error={errors.focusAreaId}>
          <option value="">{t('problems.noFocusArea')}</option>
          {focusAreas.map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </SelectField>
        <div className="form__actions">
          <Button type="submit" disabled={conflict !== null}>
            {mutation.isPending ? t('common.saving') : problem ? t('common.save') : t('problems.add')}
          </Button>
          {problem ? (
            <Button variant="secondary" onClick={() => onDone(null)}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
