import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Plan } from '../../../lib/api-types.js';
import { formatPeriod } from '../../../lib/format.js';
import { useVersionedDraft } from '../../../lib/use-versioned-draft.js';
import { stalePlanOf, useUpdatePlan } from '../api/update-plan.js';
import { planBodyOf, planDraftOf, planFieldIds, PlanFields, type GroupOption, type PlanDraft, type SituationReportOption } from './plan-fields.js';

/** The plan's own fields, saved with the version the user started from; a stale save shows both versions. */
export function EditPlanForm({
  collaborationId,
  plan,
  groups,
  situationReports,
  onDone,
}: {
  collaborationId: string;
  plan: Plan;
  groups: readonly GroupOption[];
  situationReports?: readonly SituationReportOption[] | undefined;
  onDone: (saved: Plan | null) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdatePlan(collaborationId, plan.id);
  const { draft, setDraft, baseVersion, conflict, setConflict, restart: restartFrom } = useVersionedDraft<PlanDraft, Plan>(() => planDraftOf(plan), plan.version);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = planFieldIds('edit-plan');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(
      { version: baseVersion, changes: planBodyOf(draft) },
      { onSuccess: (saved) => onDone(saved), onError: (error) => setConflict(stalePlanOf(error)) },
    );
  }

  function restart(latest: Plan, keepMine: boolean) {
    restartFrom(keepMine ? undefined : planDraftOf(latest));
    update.reset();
    document.getElementById(ids.title)?.focus();
  }

  const or = (text: string | null) => text || t('common.empty');
  const groupName = (id: string | null) => (id ? (groups.find((g) => g.id === id)?.name ?? t('plans.unknownGroup')) : t('plans.noGroup'));
  return (
    <section className="section panel" aria-labelledby="edit-plan-heading">
      <h2 id="edit-plan-heading" ref={headingRef} tabIndex={-1}>
        {t('plans.editHeading')}
      </h2>
      {conflict ? (
        <ConflictNotice
          rows={[
            { label: t('plans.kind'), theirs: t(`plans.kinds.${conflict.kind}`), mine: t(`plans.kinds.${draft.kind}`) },
            { label: t('plans.planTitle'), theirs: conflict.title, mine: draft.title },
            {
              label: t('plans.period'),
              theirs: formatPeriod(conflict.periodStart, conflict.periodEnd),
              mine: formatPeriod(draft.periodStart, draft.periodEnd),
            },
            { label: t('plans.adoptedBy'), theirs: groupName(conflict.adoptedByGroupId), mine: groupName(draft.adoptedByGroupId || null) },
            { label: t('plans.adoptedOn'), theirs: or(conflict.adoptedOn), mine: or(draft.adoptedOn) },
            { label: t('plans.shiftsPerWeek'), theirs: or(conflict.shiftsPerWeek === null ? '' : String(conflict.shiftsPerWeek)), mine: or(draft.shiftsPerWeek) },
          ]}
          onRedo={() => restart(conflict, true)}
          onTakeLatest={() => restart(conflict, false)}
        />
      ) : (
        <ErrorSummary error={update.error} fieldIds={ids} />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <PlanFields idPrefix="edit-plan" value={draft} onChange={setDraft} fieldErrors={fieldErrorsOf(update.error)} groups={groups} situationReports={situationReports} />
        <div className="form__actions">
          <Button type="submit" disabled={conflict !== null}>
            {update.isPending ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
