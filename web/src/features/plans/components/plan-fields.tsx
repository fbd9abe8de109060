import { useTranslation } from 'react-i18next';
import { PeriodFields, SelectField, TextField } from '../../../components/ui/field.js';
import type { FieldErrors } from '../../../lib/api-errors.js';
import type { CreatePlanInput, Group, Plan, PlanKind } from '../../../lib/api-types.js';

/** What the plan form needs of a group: the collaboration's groups, from the app layer. */
export type GroupOption = Pick<Group, 'id' | 'name'>;

/** An adopted lägesbild a plan can start from (the app layer passes the collaboration's). */
export interface SituationReportOption {
  id: string;
  year: number;
  adoptedOn: string;
}

export const planKinds = ['genomforandeplan', 'handlingsplan', 'atgardsplan'] as const satisfies readonly PlanKind[];

export interface PlanDraft {
  kind: PlanKind;
  title: string;
  periodStart: string;
  periodEnd: string;
  adoptedByGroupId: string;
  adoptedOn: string;
  shiftsPerWeek: string;
  situationReportId: string;
}

export function planDraftOf(plan: Plan): PlanDraft {
  return {
    kind: plan.kind,
    title: plan.title,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    adoptedByGroupId: plan.adoptedByGroupId ?? '',
    adoptedOn: plan.adoptedOn ?? '',
    shiftsPerWeek: plan.shiftsPerWeek === null ? '' : String(plan.shiftsPerWeek),
    situationReportId: plan.situationReportId ?? '',
  };
}

/** A new plan starts as this calendar year's genomförandeplan. */
export function newPlanDraft(today: string): PlanDraft {
  const year = today.slice(0, 4);
  return { kind: 'genomforandeplan', title: '', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, adoptedByGroupId: '', adoptedOn: '', shiftsPerWeek: '', situationReportId: '' };
}

export function planBodyOf(draft: PlanDraft): CreatePlanInput {
  const shifts = draft.shiftsPerWeek.trim();
  return {
    kind: draft.kind,
    title: draft.title,
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
    adoptedByGroupId: draft.adoptedByGroupId || null,
    adoptedOn: draft.adoptedOn || null,
    shiftsPerWeek: shifts === '' ? null : Number(shifts),
    situationReportId: draft.situationReportId || null,
  };
}

export function planFieldIds(prefix: string) {
  return {
    kind: `${prefix}-kind`,
    title: `${prefix}-title`,
    periodStart: `${prefix}-period-start`,
    periodEnd: `${prefix}-period-end`,
    adoptedByGroupId: `${prefix}-adopted-by`,
    adoptedOn: `${prefix}-adopted-on`,
    shiftsPerWeek: `${prefix}-shifts-per-week`,
    situationReportId: `${prefix}-situation-report`,
  };
}

interface PlanFieldsProps {
  idPrefix: string;
  value: PlanDraft;
  onChange: (draft: PlanDraft) => void;
  fieldErrors: FieldErrors;
  /** The collaboration's groups, to choose the one that adopted the plan. */
  groups: readonly GroupOption[];
  /** The collaboration's adopted lägesbilder, to choose the one the plan starts from. */
  situationReports?: readonly SituationReportOption[] | undefined;
}

/** Kind, title, period, the adopting group and date, and shifts per week: shared by "Ny plan" and "Ändra planen". */
export function PlanFields({ idPrefix, value, onChange, fieldErrors, groups, situationReports = [] }: PlanFieldsProps) {
  const { t } = useTranslation();
  const ids = planFieldIds(idPrefix);
  const set = <K extends keyof PlanDraft>(key: K, next: PlanDraft[K]) => onChange({ ...value, [key]: next });
  return (
    <>
      <SelectField id={ids.kind} label={t('plans.kind')} value={value.kind} onChange={(e) => set('kind', e.target.value as PlanKind)} error={fieldErrors.kind}>
        {planKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`plans.kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={ids.title}
        label={t('plans.planTitle')}
        hint={t('plans.planTitleHint')}
        required
        maxLength={300}
        value={value.title}
        onChange={(e) => set('title', e.target.value)}
        error={fieldErrors.title}
      />
      <PeriodFields
        ids={ids}
        labels={{ periodStart: t('plans.periodStart'), periodEnd: t('plans.periodEnd') }}
        value={value}
        onChange={set}
        errors={fieldErrors}
      />
      <SelectField
        id={ids.adoptedByGroupId}
        label={t('plans.adoptedByOptional')}
        hint={groups.length ? t('plans.adoptedByHint') : t('plans.adoptedByNoGroups')}
        value={value.adoptedByGroupId}
        onChange={(e) => set('adoptedByGroupId', e.target.value)}
        error={fieldErrors.adoptedByGroupId}
      >
        <option value="">{t('plans.noGroup')}</option>
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
        {value.adoptedByGroupId && !groups.some((g) => g.id === value.adoptedByGroupId) ? (
          <option value={value.adoptedByGroupId}>{t('plans.unknownGroup')}</option>
        ) : null}
      </SelectField>
      <TextField
        id={ids.adoptedOn}
        label={t('plans.adoptedOnOptional')}
        hint={t('plans.adoptedOnHint')}
        type="date"
        value={value.adoptedOn}
        onChange={(e) => set('adoptedOn', e.target.value)}
        error={fieldErrors.adoptedOn}
      />
      <SelectField
        id={ids.situationReportId}
        label={t('situationReport.planLink.field')}
        hint={situationReports.length ? t('situationReport.planLink.hint') : t('situationReport.planLink.noReports')}
        value={value.situationReportId}
        onChange={(e) => set('situationReportId', e.target.value)}
        error={fieldErrors.situationReportId}
      >
        <option value="">{t('situationReport.planLink.none')}</option>
        {situationReports.map((r) => (
          <option key={r.id} value={r.id}>
            {t('situationReport.planLink.option', { year: r.year, date: r.adoptedOn })}
          </option>
        ))}
        {value.situationReportId && !situationReports.some((r) => r.id === value.situationReportId) ? (
          <option value={value.situationReportId}>{t('situationReport.planLink.unknown')}</option>
        ) : null}
      </SelectField>
      <TextField
        id={ids.shiftsPerWeek}
        label={t('plans.shiftsPerWeekOptional')}
        hint={t('plans.shiftsPerWeekHint')}
        type="number"
        inputMode="numeric"
        min={1}
        max={50}
        step={1}
        className="input--short"
        value={value.shiftsPerWeek}
        onChange={(e) => set('shiftsPerWeek', e.target.value)}
        error={fieldErrors.shiftsPerWeek}
      />
    </>
  );
}
