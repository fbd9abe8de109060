import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { SelectField } from '../../../components/ui/field.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import { useIndicators } from '../api/get-indicators.js';
import { useLink } from '../api/links.js';
import { causeKinds, type Problem } from '../api/types.js';

/** A plan of the collaboration with its activities (the app layer fetches them from the plans feature). */
export interface PlanActivities {
  id: string;
  title: string;
  activities: readonly { id: string; what: string }[];
}

interface LinkFormFrameProps {
  prefix: string;
  heading: string;
  error: unknown;
  fieldIds: Record<string, string>;
  submitLabel: string;
  busy: boolean;
  canSubmit: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: React.ReactNode;
}

/** Heading (focused on open), errors, the fields and Spara/Avbryt: what both link forms share. */
function LinkFormFrame({ prefix, heading, error, fieldIds, submitLabel, busy, canSubmit, onSubmit, onCancel, children }: LinkFormFrameProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!busy && canSubmit) onSubmit();
  }
  return (
    <section className="section panel" aria-labelledby={`${prefix}-heading`}>
      <h4 id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h4>
      <ErrorSummary error={error} fieldIds={fieldIds} />
      <form className="form" onSubmit={submit} noValidate>
        {children}
        <div className="form__actions">
          <Button type="submit" disabled={!canSubmit}>
            {busy ? t('common.saving') : submitLabel}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

interface LinkActivityFormProps {
  collaborationId: string;
  problem: Problem;
  /** undefined while the plans load. */
  plans: readonly PlanActivities[] | undefined;
  onDone: (saved: boolean) => void;
}

/** "Koppla aktivitet": one of the plans' activities (grouped per plan), for the problem as a whole or for one cause. */
export function LinkActivityForm({ collaborationId, problem, plans, onDone }: LinkActivityFormProps) {
  const { t } = useTranslation();
  const link = useLink(collaborationId);
  const [activityId, setActivityId] = useState('');
  const [causeId, setCauseId] = useState('');
  const prefix = `link-activity-${problem.id}`;
  const ids = { activityId: `${prefix}-activity`, causeId: `${prefix}-cause` };
  const errors = fieldErrorsOf(link.error);
  const causes = causeKinds.flatMap((kind) => problem.causes[kind]);
  return (
    <LinkFormFrame
      prefix={prefix}
      heading={t('problems.linkActivity.heading', { title: problem.title })}
      error={link.error}
      fieldIds={ids}
      submitLabel={t('problems.linkActivity.submit')}
      busy={link.isPending}
      canSubmit={plans !== undefined}
      onSubmit={() =>
        link.mutate({ kind: 'link-activity', problemId: problem.id, input: { activityId, causeId: causeId || null } }, { onSuccess: () => onDone(true) })
      }
      onCancel={() => onDone(false)}
    >
      {plans === undefined ? <p>{t('common.loading')}</p> : null}
      {plans?.length === 0 ? <p>{t('problems.linkActivity.noPlans')}</p> : null}
      <SelectField id={ids.activityId} label={t('problems.linkActivity.activity')} required value={activityId} onChange={(e) => setActivityId(e.target.value)} error={errors.activityId}>
        <option value="">{t('problems.linkActivity.choose')}</option>
        {(plans ?? []).map((plan) => (
          <optgroup key={plan.id} label={plan.title}>
            {plan.activities.map((activity) => (
              <option key={activity.id} value={activity.id}>
                {activity.what}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField id={ids.causeId} label={t('problems.linkActivity.cause')} hint={t('problems.linkActivity.causeHint')} value={causeId} onChange={(e) => setCauseId(e.target.value)} error={errors.causeId}>
        <option value="">{t('problems.linkActivity.wholeProblem')}</option>
        {causes.map((cause) => (
          <option key={cause.id} value={cause.id}>
            {t(`problems.kinds.${cause.kind}.one`)}: {cause.description}
          </option>
        ))}
      </SelectField>
    </LinkFormFrame>
  );
}

interface LinkIndicatorFormProps {
  collaborationId: string;
  problem: Problem;
  onDone: (saved: boolean) => void;
}

/** "Koppla indikator": one of the collaboration's indicators that is not linked yet. */
export function LinkIndicatorForm({ collaborationId, problem, onDone }: LinkIndicatorFormProps) {
  const { t } = useTranslation();
  const link = useLink(collaborationId);
  const indicators = useIndicators(collaborationId, true);
  const [indicatorId, setIndicatorId] = useState('');
  const prefix = `link-indicator-${problem.id}`;
  const ids = { indicatorId: `${prefix}-indicator` };
  const errors = fieldErrorsOf(link.error);
  const linked = new Set(problem.indicators.map((i) => i.id));
  const choices = (indicators.data ?? []).filter((i) => !linked.has(i.id));
  return (
    <LinkFormFrame
      prefix={prefix}
      heading={t('problems.linkIndicator.heading', { title: problem.title })}
      error={link.error ?? indicators.error}
      fieldIds={ids}
      submitLabel={t('problems.linkIndicator.submit')}
      busy={link.isPending}
      canSubmit={choices.length > 0}
      onSubmit={() => link.mutate({ kind: 'link-indicator', problemId: problem.id, indicatorId }, { onSuccess: () => onDone(true) })}
      onCancel={() => onDone(false)}
    >
      {indicators.isPending ? <p>{t('common.loading')}</p> : null}
      {indicators.data && choices.length === 0 ? <p>{t('problems.linkIndicator.none')}</p> : null}
      {choices.length > 0 ? (
        <SelectField id={ids.indicatorId} label={t('problems.linkIndicator.indicator')} required value={indicatorId} onChange={(e) => setIndicatorId(e.target.value)} error={errors.indicatorId}>
          <option value="">{t('problems.linkIndicator.choose')}</option>
          {choices.map((indicator) => (
            <option key={indicator.id} value={indicator.id}>
              {indicator.name}
            </option>
          ))}
        </SelectField>
      ) : null}
    </LinkFormFrame>
  );
}
