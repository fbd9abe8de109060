import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { CheckboxField } from '../../../components/ui/field.js';
import type { PromiseItem } from '../../../lib/api-types.js';
import { useVersionedDraft } from '../../../lib/use-versioned-draft.js';
import { stalePromiseItemOf } from '../api/update-promise-item.js';
import { useSetPromiseItemActivities } from '../api/set-promise-item-activities.js';

/** A plan of the collaboration with its activities (the app layer fetches them from the plans feature). */
export interface PlanActivities {
  id: string;
  title: string;
  activities: readonly { id: string; what: string }[];
}

interface ActivityPickerProps {
  collaborationId: string;
  item: PromiseItem;
  /** Which promise this is, for the heading ("Löfte 2"). */
  number: number;
  /** undefined while the plans load. */
  plans: readonly PlanActivities[] | undefined;
  onDone: (saved: PromiseItem | null) => void;
}

/** "Vilka aktiviteter infriar löftet?": one checkbox per plan activity, grouped by plan; saves the whole set (If-Match). */
export function ActivityPicker({ collaborationId, item, number, plans, onDone }: ActivityPickerProps) {
  const { t } = useTranslation();
  const save = useSetPromiseItemActivities(collaborationId);
  const chosenOf = (i: PromiseItem): ReadonlySet<string> => new Set(i.activities.map((a) => a.id));
  const { draft: chosen, setDraft: setChosen, baseVersion, conflict, setConflict, restart: restartFrom } = useVersionedDraft<ReadonlySet<string>, PromiseItem>(
    () => chosenOf(item),
    item.version,
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = `link-activities-${item.id}-heading`;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function toggle(activityId: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(activityId);
    else next.delete(activityId);
    setChosen(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    // Keep the plans' order, so the saved set reads like the plan.
    const ordered = (plans ?? []).flatMap((p) => p.activities.map((a) => a.id)).filter((id) => chosen.has(id));
    const unknown = [...chosen].filter((id) => !ordered.includes(id));
    save.mutate(
      { itemId: item.id, version: baseVersion, activityIds: [...ordered, ...unknown] },
      { onSuccess: (saved) => onDone(saved), onError: (error) => setConflict(stalePromiseItemOf(error)) },
    );
  }

  function restart(latest: PromiseItem, keepMine: boolean) {
    restartFrom(keepMine ? undefined : chosenOf(latest));
    save.reset();
    headingRef.current?.focus();
  }

  const whatOf = (id: string) => (plans ?? []).flatMap((p) => p.activities).find((a) => a.id === id)?.what;
  const listOf = (ids: readonly string[]) => (ids.length ? ids.map((id) => whatOf(id) ?? id).join('\n') : t('promises.noActivityLinked'));
  return (
    <section className="section panel" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('promises.linkHeading', { number })}
      </h3>
      <p className="muted-text">{t('promises.linkIntro')}</p>
      {conflict ? (
        <ConflictNotice
          rows={[{ label: t('promises.activities'), theirs: listOf(conflict.activities.map((a) => a.id)), mine: listOf([...chosen]) }]}
          onRedo={() => restart(conflict, true)}
          onTakeLatest={() => restart(conflict, false)}
        />
      ) : (
        <ErrorSummary error={save.error} />
      )}
      {plans === undefined ? <p>{t('common.loading')}</p> : null}
      {plans?.length === 0 ? <p>{t('promises.noPlans')}</p> : null}
      <form className="form" onSubmit={submit} noValidate>
        {(plans ?? []).map((plan) => (
          <fieldset key={plan.id} className="fieldset">
            <legend>{plan.title}</legend>
            {plan.activities.length === 0 ? <p>{t('promises.planWithoutActivities')}</p> : null}
            {plan.activities.map((activity) => (
              <CheckboxField
                key={activity.id}
                id={`link-${item.id}-${activity.id}`}
                label={activity.what}
                checked={chosen.has(activity.id)}
                onChange={(e) => toggle(activity.id, e.target.checked)}
              />
            ))}
          </fieldset>
        ))}
        <div className="form__actions">
          <Button type="submit" disabled={conflict !== null || plans === undefined}>
            {save.isPending ? t('common.saving') : t('promises.saveLinks')}
          </Button>
          <Button variant="secondary" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
