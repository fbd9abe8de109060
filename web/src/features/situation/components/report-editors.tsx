import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConflictNotice } from '../../../components/ui/conflict-notice.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/ui/field.js';
import { fieldErrorsOf, staleVersionOf } from '../../../lib/api-errors.js';
import { todayInSweden } from '../../../lib/format.js';
import { useVersionedDraft } from '../../../lib/use-versioned-draft.js';
import { useSeries } from '../api/get-series.js';
import { useStatistics } from '../api/get-statistics.js';
import type { SituationReport } from '../api/situation-report-types.js';
import { useAdoptReport, useUpdateReport } from '../api/situation-reports.js';

type TextKey = 'mappingText' | 'otherText' | 'analysisText';

function SaveOrCancel({ saving, blocked = false, onCancel }: { saving: boolean; blocked?: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <Button type="submit" disabled={saving || blocked}>
        {saving ? t('common.saving') : t('common.save')}
      </Button>
      <Button variant="secondary" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}

interface EditorProps {
  collaborationId: string;
  report: SituationReport;
  onDone: (message: string | null) => void;
}

/** One section's text, saved with If-Match; a stale save shows the other person's text next to the user's. */
export function SectionTextEditor({ collaborationId, report, field, label, onDone }: EditorProps & { field: TextKey; label: string }) {
  const { t } = useTranslation();
  const { draft, setDraft, baseVersion, conflict, setConflict, restart } = useVersionedDraft<string, SituationReport>(() => report[field], report.version);
  const save = useUpdateReport(collaborationId, report.id);
  const id = `report-${field}`;
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { [field]: draft, version: baseVersion },
          {
            onSuccess: () => onDone(t('situationReport.saved')),
            onError: (error) => setConflict(staleVersionOf<SituationReport>(error)),
          },
        );
      }}
    >
      {conflict ? (
        <ConflictNotice rows={[{ label, theirs: conflict[field], mine: draft }]} onRedo={() => restart()} onTakeLatest={() => restart(conflict[field])} />
      ) : (
        <ErrorSummary error={save.error} fieldIds={{ [field]: id }} />
      )}
      <TextAreaField id={id} label={label} value={draft} onChange={(e) => setDraft(e.target.value)} rows={10} error={fieldErrorsOf(save.error)[field]} />
      <SaveOrCancel saving={save.isPending} blocked={conflict !== null} onCancel={() => onDone(null)} />
    </form>
  );
}

/** Which imported series the kartläggning charts, and which municipalities it compares with. */
export function ChartChoiceEditor({ collaborationId, report, onDone }: EditorProps) {
  const { t } = useTranslation();
  const series = useSeries(collaborationId);
  const [chosen, setChosen] = useState(() => new Set(report.chartSeries.map((s) => `${s.source}|${s.series}`)));
  const [areas, setAreas] = useState(() => new Set(report.comparisonAreaCodes));
  const first = [...chosen][0]?.split('|');
  // The areas the first chosen series has figures for are the ones that can be compared.
  const values = useStatistics(collaborationId, first ? { source: first[0] as 'bra', series: first.slice(1).join('|') } : null);
  const own = new Set(report.municipalities.map((m) => m.code));
  const available = [...new Map((values.data ?? []).filter((v) => /^\d{4}$/.test(v.areaCode) && v.areaCode !== '0000' && !own.has(v.areaCode)).map((v) => [v.areaCode, v.area])).entries()].sort(
    (a, b) => a[1].localeCompare(b[1], 'sv'),
  );
  const save = useUpdateReport(collaborationId, report.id);
  const toggle = (set: Set<string>, key: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(key);
    else next.delete(key);
    return next;
  };
  const chartable = (series.data ?? []).filter((s) => s.source !== 'population');
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const chartSeries = chartable.filter((s) => chosen.has(`${s.source}|${s.series}`)).map((s) => ({ source: s.source, series: s.series, per100k: s.source === 'bra' }));
        save.mutate(
          { chartSeries, comparisonAreaCodes: [...areas].filter((code) => available.some(([c]) => c === code)), version: report.version },
          { onSuccess: () => onDone(t('situationReport.saved')) },
        );
      }}
    >
      <ErrorSummary error={save.error} />
      <fieldset className="field">
        <legend>{t('situationReport.mapping.chooseSeries')}</legend>
        {chartable.length === 0 ? <p className="muted-text">{t('situationReport.mapping.noSeries')}</p> : null}
        {chartable.map((s) => {
          const key = `${s.source}|${s.series}`;
          return (
            <CheckboxField
              key={key}
              id={`chart-series-${key.replace(/[^a-zA-Z0-9]/g, '-')}`}
              label={`${s.series} (${t(`situation.sources.${s.source}`)})`}
              checked={chosen.has(key)}
              onChange={(e) => setChosen(toggle(chosen, key, e.target.checked))}
            />
          );
        })}
      </fieldset>
      <fieldset className="field">
        <legend>{t('situationReport.mapping.chooseAreas')}</legend>
        <p className="field__hint">{t('situationReport.mapping.chooseAreasHint')}</p>
        {available.length === 0 ? <p className="muted-text">{t('situationReport.mapping.noAreas')}</p> : null}
        {available.map(([code, name]) => (
          <CheckboxField key={code} id={`chart-area-${code}`} label={`${name} (${code})`} checked={areas.has(code)} onChange={(e) => setAreas(toggle(areas, code, e.target.checked))} />
        ))}
      </fieldset>
      <SaveOrCancel saving={save.isPending} onCancel={() => onDone(null)} />
    </form>
  );
}

/** A group that may adopt the report, with the days it is in force (either end open). */
export interface AdoptingGroup {
  id: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** "Fastställ": the day and the adopting group (one in force that day), then an inline confirmation naming the version. */
export function AdoptForm({ collaborationId, report, groups, onDone }: EditorProps & { groups: AdoptingGroup[] }) {
  const { t } = useTranslation();
  const [adoptedOn, setAdoptedOn] = useState(todayInSweden());
  // null until the user picks: then the first group in force; '' is "Ingen grupp angiven".
  const [groupChoice, setGroupChoice] = useState<string | null>(null);
  const day = isoDay.test(adoptedOn) ? adoptedOn : todayInSweden();
  const adopting = groups.filter((g) => (!g.validFrom || g.validFrom <= day) && (!g.validTo || day <= g.validTo));
  const groupId = groupChoice === '' || adopting.some((g) => g.id === groupChoice) ? (groupChoice ?? '') : (adopting[0]?.id ?? '');
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const adopt = useAdoptReport(collaborationId, report.id);
  const errors = fieldErrorsOf(adopt.error);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setAsking(true);
        setTimeout(() => confirmRef.current?.focus(), 0);
      }}
    >
      <ErrorSummary error={adopt.error} fieldIds={{ adoptedOn: 'adopt-date', adoptedByGroupId: 'adopt-group' }} />
      <div className="form__row">
        <TextField id="adopt-date" label={t('situationReport.adopt.date')} type="date" required value={adoptedOn} onChange={(e) => setAdoptedOn(e.target.value)} error={errors.adoptedOn} />
        <SelectField id="adopt-group" label={t('situationReport.adopt.group')} value={groupId} onChange={(e) => setGroupChoice(e.target.value)} error={errors.adoptedByGroupId}>
          <option value="">{t('situationReport.adopt.noGroup')}</option>
          {adopting.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </SelectField>
      </div>
      {asking ? (
        <div className="form__actions" role="group" aria-labelledby="adopt-question">
          <p id="adopt-question">{t('situationReport.adopt.question', { number: report.currentNumber, date: adoptedOn })}</p>
          <Button
            ref={confirmRef}
            disabled={adopt.isPending}
            onClick={() =>
              adopt.mutate(
                { adoptedOn, adoptedByGroupId: groupId || null, version: report.version },
                {
                  onSuccess: (r) => onDone(t('situationReport.adopt.done', { number: r.adoptedVersion?.number ?? report.currentNumber })),
                  onSettled: () => setAsking(false),
                },
              )
            }
          >
            {t('situationReport.adopt.confirm')}
          </Button>
          <Button variant="secondary" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      ) : (
        <div className="form__actions">
          <Button type="submit">{t('situationReport.adopt.submit')}</Button>
        </div>
      )}
    </form>
  );
}
