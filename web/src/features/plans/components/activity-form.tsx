import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice, type ConflictRow } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Activity, FocusArea, Organisation, PreventionLevel, PreventionType, UpdateActivityInput } from '../../../lib/api-types.js';
import { useLocale } from '../../../lib/i18n.js';
import { joinList, parseList } from '../../../lib/list-text.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';
import { useCreateActivity } from '../api/create-activity.js';
import { staleActivityOf, useUpdateActivity } from '../api/update-activity.js';
import { correctionOf, describeTarget, frequencyFromDraft, parseFrequency, type FrequencyDraft } from './frequency-draft.js';
import { FrequencyField, previewId } from './frequency-field.js';

const preventionTypes = ['social', 'situational'] as const satisfies readonly PreventionType[];
const preventionLevels = ['universal', 'selective', 'indicated'] as const satisfies readonly PreventionLevel[];

interface Draft {
  what: string;
  whenText: string;
  focusAreaId: string;
  cause: string;
  operativeGoal: string;
  preventionType: PreventionType | '';
  preventionLevel: PreventionLevel | '';
  partners: string;
  responsible: string;
  responsibleOrganisationId: string;
  followUpMeasure: string;
  startDate: string;
  endDate: string;
}

function draftOf(activity: Activity | undefined): Draft {
  return {
    what: activity?.what ?? '',
    whenText: activity?.whenText ?? '',
    focusAreaId: activity?.focusAreaId ?? '',
    cause: activity?.cause ?? '',
    operativeGoal: activity?.operativeGoal ?? '',
    preventionType: activity?.preventionType ?? '',
    preventionLevel: activity?.preventionLevel ?? '',
    partners: joinList(activity?.partners ?? []),
    responsible: activity?.responsible ?? '',
    responsibleOrganisationId: activity?.responsibleOrganisationId ?? '',
    followUpMeasure: activity?.followUpMeasure ?? '',
    startDate: activity?.startDate ?? '',
    endDate: activity?.endDate ?? '',
  };
}

function bodyOf(draft: Draft): Omit<UpdateActivityInput, 'frequency'> & { what: string } {
  return {
    what: draft.what,
    whenText: draft.whenText,
    focusAreaId: draft.focusAreaId || null,
    cause: draft.cause,
    operativeGoal: draft.operativeGoal,
    preventionType: draft.preventionType || null,
    preventionLevel: draft.preventionLevel || null,
    partners: parseList(draft.partners),
    responsible: draft.responsible,
    responsibleOrganisationId: draft.responsibleOrganisationId || null,
    followUpMeasure: draft.followUpMeasure,
    startDate: draft.startDate || null,
    endDate: draft.endDate || null,
  };
}

interface ActivityFormProps {
  collaborationId: string;
  planId: string;
  /** The activity to edit; without it a new one is added to the plan. */
  activity?: Activity;
  focusAreas: readonly FocusArea[];
  parties: readonly Organisation[];
  onDone: (saved: Activity | null) => void;
}

/** Every field of a plan row, with the target read live from "När" and a way to set it by hand. */
export function ActivityForm({ collaborationId, planId, activity, focusAreas, parties, onDone }: ActivityFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const organisationLabel = useOrganisationLabel();
  const create = useCreateActivity(collaborationId, planId);
  const update = useUpdateActivity(collaborationId);
  const mutation = activity ? update : create;
  const [draft, setDraft] = useState<Draft>(() => draftOf(activity));
  const [manual, setManual] = useState<FrequencyDraft | null>(() => (activity ? correctionOf(activity.frequency, activity.whenText) : null));
  const [baseVersion, setBaseVersion] = useState(activity?.version ?? 0);
  const [conflict, setConflict] = useState<Activity | null>(null);
  const [triedSave, setTriedSave] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const p = activity ? `edit-activity` : `new-activity`;
  const ids = {
    what: `${p}-what`,
    whenText: `${p}-when`,
    focusAreaId: `${p}-focus-area`,
    cause: `${p}-cause`,
    operativeGoal: `${p}-operative-goal`,
    preventionType: `${p}-prevention-type`,
    preventionLevel: `${p}-prevention-level`,
    partners: `${p}-partners`,
    responsible: `${p}-responsible`,
    responsibleOrganisationId: `${p}-responsible-organisation`,
    followUpMeasure: `${p}-follow-up-measure`,
    startDate: `${p}-start-date`,
    endDate: `${p}-end-date`,
    'frequency.kind': `${p}-frequency-kind`,
    'frequency.count': `${p}-frequency-count`,
    'frequency.unit': `${p}-frequency-unit`,
    'frequency.interval': `${p}-frequency-interval`,
  };

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    setTriedSave(true);
    const own = manual ? frequencyFromDraft(manual, draft.whenText) : null;
    if (own && !own.ok) {
      document.getElementById(own.count ? ids['frequency.count'] : ids['frequency.interval'])?.focus();
      return;
    }
    const body = bodyOf(draft);
    if (!activity) {
      // Without a correction the server reads the target from the text itself.
      create.mutate(own?.ok ? { ...body, frequency: own.frequency } : body, { onSuccess: (saved) => onDone(saved) });
      return;
    }
    // Editing always states the target, so removing a correction returns to the text's reading.
    const frequency = own?.ok ? own.frequency : parseFrequency(draft.whenText);
    update.mutate(
      { activityId: activity.id, version: baseVersion, changes: { ...body, frequency } },
      { onSuccess: (saved) => onDone(saved), onError: (error) => setConflict(staleActivityOf(error)) },
    );
  }

  function restart(latest: Activity, keepMine: boolean) {
    if (!keepMine) {
      setDraft(draftOf(latest));
      setManual(correctionOf(latest.frequency, latest.whenText));
    }
    setBaseVersion(latest.version);
    setConflict(null);
    update.reset();
    document.getElementById(ids.what)?.focus();
  }

  const focusAreaName = (id: string | null) => focusAreas.find((f) => f.id === id)?.name ?? t('activities.noFocusArea');
  const partyName = (id: string | null) => {
    const party = parties.find((o) => o.id === id);
    return party ? organisationLabel(party) : t('activities.noResponsibleOrganisation');
  };
  const or = (text: string) => text || t('common.empty');

  function conflictRows(theirs: Activity): ConflictRow[] {
    const mine = bodyOf(draft);
    const own = manual ? frequencyFromDraft(manual, draft.whenText) : null;
    const myTarget = describeTarget(own?.ok ? own.frequency : parseFrequency(draft.whenText), locale);
    const rows: (ConflictRow & { differs: boolean })[] = [
      { label: t('activities.what'), theirs: theirs.what, mine: mine.what, differs: theirs.what !== mine.what },
      { label: t('activities.when'), theirs: or(theirs.whenText), mine: or(draft.whenText), differs: theirs.whenText !== draft.whenText },
      {
        label: t('activities.targetHeading'),
        theirs: theirs.frequencyLabel[locale],
        mine: myTarget,
        differs: theirs.frequencyLabel[locale] !== myTarget,
      },
      {
        label: t('activities.focusArea'),
        theirs: focusAreaName(theirs.focusAreaId),
        mine: focusAreaName(mine.focusAreaId ?? null),
        differs: theirs.focusAreaId !== (mine.focusAreaId ?? null),
      },
      { label: t('activities.cause'), theirs: or(theirs.cause), mine: or(draft.cause), differs: theirs.cause !== draft.cause },
      { label: t('activities.operativeGoal'), theirs: or(theirs.operativeGoal), mine: or(draft.operativeGoal), differs: theirs.operativeGoal !== draft.operativeGoal },
      {
        label: t('activities.partners'),
        theirs: or(joinList(theirs.partners)),
        mine: or(joinList(mine.partners ?? [])),
        differs: joinList(theirs.partners) !== joinList(mine.partners ?? []),
      },
      { label: t('activities.responsible'), theirs: or(theirs.responsible), mine: or(draft.responsible), differs: theirs.responsible !== draft.responsible },
      {
        label: t('activities.responsibleOrganisation'),
        theirs: partyName(theirs.responsibleOrganisationId),
        mine: partyName(mine.responsibleOrganisationId ?? null),
        differs: theirs.responsibleOrganisationId !== (mine.responsibleOrganisationId ?? null),
      },
      {
        label: t('activities.followUpMeasureLabel'),
        theirs: or(theirs.followUpMeasure),
        mine: or(draft.followUpMeasure),
        differs: theirs.followUpMeasure !== draft.followUpMeasure,
      },
      {
        label: t('activities.runs'),
        theirs: `${theirs.startDate ?? '…'} – ${theirs.endDate ?? '…'}`,
        mine: `${mine.startDate ?? '…'} – ${mine.endDate ?? '…'}`,
        differs: theirs.startDate !== (mine.startDate ?? null) || theirs.endDate !== (mine.endDate ?? null),
      },
    ];
    const differing = rows.filter((row) => row.differs);
    return (differing.length ? differing : rows.slice(0, 1)).map(({ label, theirs: a, mine: b }) => ({ label, theirs: a, mine: b }));
  }

  const fieldErrors = fieldErrorsOf(mutation.error);
  const partnersError = Object.entries(fieldErrors).find(([key]) => key === 'partners' || key.startsWith('partners.'))?.[1];
  const headingId = `${p}-heading`;
  const name = activity?.what ?? '';
  return (
    <section className="section panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {activity ? t('activities.editHeading', { name }) : t('activities.addHeading')}
      </h2>
      {conflict ? (
        <ConflictNotice rows={conflictRows(conflict)} onRedo={() => restart(conflict, true)} onTakeLatest={() => restart(conflict, false)} />
      ) : (
        <ErrorSummary error={mutation.error} fieldIds={{ ...ids, partners: ids.partners }} />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <TextAreaField
          id={ids.what}
          label={t('activities.what')}
          hint={t('activities.whatHint')}
          required
          rows={2}
          maxLength={2000}
          value={draft.what}
          onChange={(e) => set('what')(e.target.value)}
          error={fieldErrors.what}
        />
        <TextField
          id={ids.whenText}
          label={t('activities.when')}
          hint={t('activities.whenHint')}
          maxLength={500}
          autoComplete="off"
          describedById={previewId(p)}
          value={draft.whenText}
          onChange={(e) => set('whenText')(e.target.value)}
          error={fieldErrors.whenText}
        />
        <FrequencyField
          idPrefix={p}
          whenText={draft.whenText}
          manual={manual}
          onManualChange={setManual}
          fieldErrors={fieldErrors}
          showDraftProblems={triedSave}
        />
        <SelectField
          id={ids.focusAreaId}
          label={t('activities.focusArea')}
          value={draft.focusAreaId}
          onChange={(e) => set('focusAreaId')(e.target.value)}
          error={fieldErrors.focusAreaId}
        >
          <option value="">{t('activities.noFocusArea')}</option>
          {focusAreas.map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id={ids.partners}
          label={t('activities.partners')}
          hint={t('activities.partnersHint')}
          value={draft.partners}
          onChange={(e) => set('partners')(e.target.value)}
          error={partnersError}
        />
        <TextField
          id={ids.responsible}
          label={t('activities.responsible')}
          hint={t('activities.responsibleHint')}
          maxLength={500}
          value={draft.responsible}
          onChange={(e) => set('responsible')(e.target.value)}
          error={fieldErrors.responsible}
        />
        <SelectField
          id={ids.responsibleOrganisationId}
          label={t('activities.responsibleOrganisation')}
          value={draft.responsibleOrganisationId}
          onChange={(e) => set('responsibleOrganisationId')(e.target.value)}
          error={fieldErrors.responsibleOrganisationId}
        >
          <option value="">{t('activities.noResponsibleOrganisation')}</option>
          {parties.map((party) => (
            <option key={party.id} value={party.id}>
              {organisationLabel(party)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={ids.followUpMeasure}
          label={t('activities.followUpMeasureLabel')}
          hint={t('activities.followUpMeasureHint')}
          maxLength={1000}
          value={draft.followUpMeasure}
          onChange={(e) => set('followUpMeasure')(e.target.value)}
          error={fieldErrors.followUpMeasure}
        />
        <TextAreaField
          id={ids.cause}
          label={t('activities.cause')}
          hint={t('activities.causeHint')}
          rows={2}
          maxLength={2000}
          value={draft.cause}
          onChange={(e) => set('cause')(e.target.value)}
          error={fieldErrors.cause}
        />
        <TextAreaField
          id={ids.operativeGoal}
          label={t('activities.operativeGoal')}
          hint={t('activities.operativeGoalHint')}
          rows={2}
          maxLength={2000}
          value={draft.operativeGoal}
          onChange={(e) => set('operativeGoal')(e.target.value)}
          error={fieldErrors.operativeGoal}
        />
        <div className="form__row">
          <SelectField
            id={ids.preventionType}
            label={t('activities.preventionType')}
            value={draft.preventionType}
            onChange={(e) => set('preventionType')(e.target.value as PreventionType | '')}
            error={fieldErrors.preventionType}
          >
            <option value="">{t('activities.notGiven')}</option>
            {preventionTypes.map((type) => (
              <option key={type} value={type}>
                {t(`activities.preventionTypes.${type}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={ids.preventionLevel}
            label={t('activities.preventionLevel')}
            value={draft.preventionLevel}
            onChange={(e) => set('preventionLevel')(e.target.value as PreventionLevel | '')}
            error={fieldErrors.preventionLevel}
          >
            <option value="">{t('activities.notGiven')}</option>
            {preventionLevels.map((level) => (
              <option key={level} value={level}>
                {t(`activities.preventionLevels.${level}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <p id={`${p}-dates-hint`} className="field__hint">
          {t('activities.datesHint')}
        </p>
        <div className="form__row">
          <TextField
            id={ids.startDate}
            label={t('activities.startDate')}
            type="date"
            describedById={`${p}-dates-hint`}
            value={draft.startDate}
            onChange={(e) => set('startDate')(e.target.value)}
            error={fieldErrors.startDate}
          />
          <TextField
            id={ids.endDate}
            label={t('activities.endDate')}
            type="date"
            describedById={`${p}-dates-hint`}
            value={draft.endDate}
            onChange={(e) => set('endDate')(e.target.value)}
            error={fieldErrors.endDate}
          />
        </div>
        <div className="form__actions">
          <Button type="submit" disabled={conflict !== null}>
            {mutation.isPending ? t('common.saving') : activity ? t('common.save') : t('activities.add')}
          </Button>
          <Button variant="secondary" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
