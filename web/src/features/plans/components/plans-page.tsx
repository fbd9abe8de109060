import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Plan } from '../../../lib/api-types.js';
import { formatPeriod, todayInSweden } from '../../../lib/format.js';
import { useCreatePlan } from '../api/create-plan.js';
import { usePlans } from '../api/get-plans.js';
import { newPlanDraft, planBodyOf, planFieldIds, PlanFields, type GroupOption, type PlanDraft, type SituationReportOption } from './plan-fields.js';

interface PlansPageProps {
  collaborationId: string;
  canEdit: boolean;
  planPath: (planId: string) => string;
  followUpPath: (planId: string) => string;
  onCreated: (plan: Plan) => void;
  /** The collaboration's groups, to choose the one that adopted a new plan. */
  groups: readonly GroupOption[];
  /** The collaboration's adopted lägesbilder, to choose the one a new plan starts from. */
  situationReports?: readonly SituationReportOption[] | undefined;
  /** A message carried over from the page the user came from (e.g. a deleted plan). */
  note?: string | undefined;
}

export function PlansPage({ collaborationId, canEdit, planPath, followUpPath, onCreated, groups, situationReports, note }: PlansPageProps) {
  const { t } = useTranslation();
  const plans = usePlans(collaborationId);

  return (
    <>
      <PageHeading title={t('plans.title')}>{t('plans.title')}</PageHeading>
      <p className="muted-text">{t('plans.intro')}</p>
      <StatusMessage message={note} />
      {plans.isPending ? <Loading /> : null}
      {plans.isError ? <ErrorSummary error={plans.error} /> : null}
      {plans.data?.length === 0 ? <p>{canEdit ? t('plans.noneCoordinator') : t('plans.none')}</p> : null}
      {plans.data?.length ? (
        <TableRegion labelledBy="plans-caption">
          <table className="table table--stack" role="table">
            <caption id="plans-caption" className="visually-hidden">
              {t('plans.listCaption')}
            </caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('plans.plan')}</th>
                <th scope="col" role="columnheader">{t('plans.kind')}</th>
                <th scope="col" role="columnheader">{t('plans.period')}</th>
                <th scope="col" role="columnheader">{t('plans.adoptedOn')}</th>
                <th scope="col" role="columnheader">{t('plans.activityCount')}</th>
                <th scope="col" role="columnheader">{t('plans.followUp')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {plans.data.map((plan) => (
                <tr role="row" key={plan.id}>
                  <th scope="row" role="rowheader">
                    <Link to={planPath(plan.id)}>{plan.title}</Link>
                  </th>
                  <td role="cell" data-label={t('plans.kind')}>{t(`plans.kinds.${plan.kind}`)}</td>
                  <td role="cell" data-label={t('plans.period')} className="nowrap">{formatPeriod(plan.periodStart, plan.periodEnd)}</td>
                  <td role="cell" data-label={t('plans.adoptedOn')}>{plan.adoptedOn ?? t('plans.notAdopted')}</td>
                  <td role="cell" data-label={t('plans.activityCount')}>{plan.activityCount}</td>
                  <td role="cell" data-label={t('plans.followUp')}>
                    <Link to={followUpPath(plan.id)} aria-label={t('plans.followUpNamed', { title: plan.title })}>
                      {t('plans.followUp')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {canEdit ? <CreatePlanForm collaborationId={collaborationId} groups={groups} situationReports={situationReports} onCreated={onCreated} /> : null}
    </>
  );
}

function CreatePlanForm({
  collaborationId,
  groups,
  situationReports,
  onCreated,
}: {
  collaborationId: string;
  groups: readonly GroupOption[];
  situationReports: readonly SituationReportOption[] | undefined;
  onCreated: (plan: Plan) => void;
}) {
  const { t } = useTranslation();
  const create = useCreatePlan(collaborationId);
  const [draft, setDraft] = useState<PlanDraft>(() => newPlanDraft(todayInSweden()));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(planBodyOf(draft), { onSuccess: onCreated });
  }

  return (
    <section className="section panel" aria-labelledby="new-plan-heading">
      <h2 id="new-plan-heading">{t('plans.createHeading')}</h2>
      <ErrorSummary error={create.error} fieldIds={planFieldIds('new-plan')} />
      <form className="form" onSubmit={submit} noValidate>
        <PlanFields idPrefix="new-plan" value={draft} onChange={setDraft} fieldErrors={fieldErrorsOf(create.error)} groups={groups} situationReports={situationReports} />
        <div className="form__actions">
          <Button type="submit">{create.isPending ? t('common.saving') : t('plans.create')}</Button>
        </div>
      </form>
    </section>
  );
}
