import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import type { IncidentReport, SafetyWalk, SafetyWalkObservation, SituationDialogue, SituationReport } from '../api/situation-report-types.js';
import { useReportVersions, useSituationReport } from '../api/situation-reports.js';
import { DialogueList, IncidentSummaryTables, IncidentTable, Paragraphs, ReportCharts, WalkProtocol } from './report-content.js';
import { AdoptForm, ChartChoiceEditor, SectionTextEditor, type AdoptingGroup } from './report-editors.js';
import { DialogueForm, editButtonId, IncidentForm, ObservationForm, ObservationStatusControl, PartActions, WalkForm, type PartEdit } from './report-part-forms.js';
import { partUrls } from '../api/situation-reports.js';

interface ReportPageProps {
  collaborationId: string;
  reportId: string;
  /** Coordinators and administrators write the report and adopt it. */
  canEdit: boolean;
  /** Contributors and up report incidents and change the status of safety-walk observations. */
  canReport: boolean;
  /** The groups that may adopt the report; the adoption form offers those in force on its day. */
  groups: AdoptingGroup[];
  situationPath: string;
  problemsPath: string;
  versionPath: (number: number) => string;
}

/** "Fastställd 2024-03-12 av Styrgruppen, version 1", or the draft's number. */
export function AdoptionStatus({ report }: { report: Pick<SituationReport, 'adopted' | 'adoptedVersion' | 'currentNumber'> }) {
  const { t } = useTranslation();
  const v = report.adoptedVersion;
  const adoptedText = v
    ? v.adoptedByGroup
      ? t('situationReport.status.adoptedBy', { date: v.adoptedOn, group: v.adoptedByGroup.name, number: v.number })
      : t('situationReport.status.adopted', { date: v.adoptedOn, number: v.number })
    : null;
  return (
    <p className="status-line">
      <strong>{report.adopted ? adoptedText : t('situationReport.status.draft', { number: report.currentNumber })}</strong>
      {!report.adopted && adoptedText ? <> {t('situationReport.status.latest', { text: adoptedText })}</> : null}
    </p>
  );
}

type Editing = 'mappingText' | 'charts' | 'otherText' | 'analysisText' | null;

/** The lägesbild as the law structures it: Kartläggning, Annan information, Analys; then adoption and versions. */
export function ReportPage({ collaborationId, reportId, canEdit, canReport, groups, situationPath, problemsPath, versionPath }: ReportPageProps) {
  const { t } = useTranslation();
  const query = useSituationReport(collaborationId, reportId);
  const versions = useReportVersions(collaborationId, reportId);
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string | null>(null);
  // The dialogue, walk, observation or incident report whose "Ändra" form is open, and where focus goes once it closes.
  const [editingPart, setEditingPart] = useState<string | null>(null);
  const focusAfterClose = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfterClose.current === null || editingPart !== null) return;
    document.getElementById(focusAfterClose.current)?.focus();
    focusAfterClose.current = null;
  });
  const done = (m: string | null) => {
    setEditing(null);
    if (m) setMessage(m);
  };
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorSummary error={query.error} />;
  const report = query.data;
  const parts = { collaborationId, reportId, onSaved: setMessage };
  const actions = (partId: string, url: string, name: string) =>
    canEdit ? <PartActions {...parts} partId={partId} url={url} name={name} editing={editingPart === partId} onEdit={() => setEditingPart(partId)} /> : null;
  /** The open "Ändra" form's part, when it is this one. */
  const editOf = <Item extends { id: string }>(item: Item | undefined, nameOf: (item: Item) => string, headingLevel: 4 | 5): PartEdit<Item> | null =>
    canEdit && item && editingPart === item.id
      ? {
          item,
          nameOf,
          headingLevel,
          onClose: () => {
            focusAfterClose.current = editButtonId(item.id);
            setEditingPart(null);
          },
        }
      : null;
  const dialogueName = (d: SituationDialogue) => `${t(`situationReport.dialogues.kinds.${d.kind}`)} ${d.heldOn}`;
  const walkName = (w: SafetyWalk) => t('situationReport.walks.name', { area: w.area, date: w.walkedOn });
  const observationName = (o: SafetyWalkObservation) => o.place;
  const incidentName = (i: IncidentReport) => `${i.category} ${i.place} ${i.occurredOn}`;
  const editedIncident = editOf(report.incidents.find((i) => i.id === editingPart), incidentName, 4);

  const editButton = (what: Exclude<Editing, null>, label: string) =>
    canEdit && editing !== what ? (
      <Button variant="secondary" onClick={() => setEditing(what)}>
        {label}
      </Button>
    ) : null;
  const text = (field: 'mappingText' | 'otherText' | 'analysisText', label: string): ReactNode =>
    editing === field ? (
      <SectionTextEditor collaborationId={collaborationId} report={report} field={field} label={label} onDone={done} />
    ) : (
      <>
        <Paragraphs text={report[field]} empty={t('situationReport.emptyText')} />
        {editButton(field, t('situationReport.editText', { section: label }))}
      </>
    );

  return (
    <>
      <p>
        <Link to={situationPath}>{t('situationReport.back')}</Link>
      </p>
      <PageHeading title={report.title}>{report.title}</PageHeading>
      <AdoptionStatus report={report} />
      <p>{t('situationReport.lawIntro')}</p>
      <StatusMessage message={message} />

      <section className="section" aria-labelledby="report-mapping">
        <h2 id="report-mapping">{t('situationReport.mapping.heading')}</h2>
        {text('mappingText', t('situationReport.mapping.text'))}
        <h3>{t('situationReport.mapping.charts')}</h3>
        <p className="muted-text">{t('situationReport.mapping.chartsIntro', { areas: report.municipalities.map((m) => m.name).join(', ') })}</p>
        {editing === 'charts' ? <ChartChoiceEditor collaborationId={collaborationId} report={report} onDone={done} /> : null}
        {editButton('charts', t('situationReport.mapping.chooseButton'))}
        <ReportCharts charts={report.charts} />
      </section>

      <section className="section" aria-labelledby="report-other">
        <h2 id="report-other">{t('situationReport.other.heading')}</h2>
        {text('otherText', t('situationReport.other.text'))}
        <h3>{t('situationReport.dialogues.heading')}</h3>
        <p className="muted-text">{t('situationReport.noNames')}</p>
        <DialogueList
          dialogues={report.dialogues}
          renderActions={
            canEdit
              ? (d) => {
                  const edit = editOf(d, dialogueName, 5);
                  return (
                    <>
                      {actions(d.id, partUrls.dialogue(collaborationId, d.id), dialogueName(d))}
                      {edit ? <DialogueForm {...parts} edit={edit} /> : null}
                    </>
                  );
                }
              : undefined
          }
        />
        {canEdit ? <DialogueForm {...parts} /> : null}

        <h3>{t('situationReport.walks.heading')}</h3>
        {report.walks.length === 0 ? <p className="muted-text">{t('situationReport.walks.none')}</p> : null}
        {report.walks.map((w) => {
          const editWalk = editOf(w, walkName, 5);
          const editObservation = editOf(
            w.observations.find((o) => o.id === editingPart),
            observationName,
            5,
          );
          return (
            <div key={w.id} className="section">
              <h4>{t('situationReport.walks.title', { area: w.area, date: w.walkedOn })}</h4>
              <WalkProtocol
                walk={w}
                renderStatus={canReport ? (o) => <ObservationStatusControl key={`${o.id}-${o.version}`} {...parts} observation={o} /> : undefined}
                renderActions={canEdit ? (o) => actions(o.id, partUrls.observation(collaborationId, o.id), observationName(o)) : undefined}
              />
              {editObservation ? <ObservationForm {...parts} walkId={w.id} walkName={`${w.area} ${w.walkedOn}`} edit={editObservation} /> : null}
              {actions(w.id, partUrls.walk(collaborationId, w.id), walkName(w))}
              {editWalk ? <WalkForm {...parts} edit={editWalk} /> : null}
              {canEdit ? <ObservationForm {...parts} walkId={w.id} walkName={`${w.area} ${w.walkedOn}`} /> : null}
            </div>
          );
        })}
        {canEdit ? <WalkForm {...parts} /> : null}

        <h3>{t('situationReport.incidents.heading')}</h3>
        <p className="muted-text">{t('situationReport.incidents.intro')}</p>
        <IncidentSummaryTables summary={report.incidentSummary} idPrefix="report" />
        <IncidentTable
          incidents={report.incidents}
          idPrefix="report"
          renderActions={canEdit ? (i) => actions(i.id, partUrls.incident(collaborationId, i.id), incidentName(i)) : undefined}
        />
        {editedIncident ? <IncidentForm {...parts} edit={editedIncident} /> : null}
        {canReport ? <IncidentForm {...parts} /> : null}
      </section>

      <section className="section" aria-labelledby="report-analysis">
        <h2 id="report-analysis">{t('situationReport.analysis.heading')}</h2>
        {text('analysisText', t('situationReport.analysis.text'))}
        <p>
          <Link to={problemsPath}>{t('situationReport.analysis.problemsLink')}</Link>
        </p>
      </section>

      {canEdit && !report.adopted ? (
        <section className="section" aria-labelledby="report-adopt">
          <h2 id="report-adopt">{t('situationReport.adopt.heading', { number: report.currentNumber })}</h2>
          <p>{t('situationReport.adopt.intro')}</p>
          <AdoptForm collaborationId={collaborationId} report={report} groups={groups} onDone={done} />
        </section>
      ) : null}

      <section className="section" aria-labelledby="report-versions">
        <h2 id="report-versions">{t('situationReport.versions.heading')}</h2>
        {versions.data?.length === 0 ? <p className="muted-text">{t('situationReport.versions.none')}</p> : null}
        <ul>
          {(versions.data ?? []).map((v) => (
            <li key={v.number}>
              <Link to={versionPath(v.number)}>{t('situationReport.versions.link', { number: v.number, date: v.adoptedOn })}</Link>
              {v.adoptedByGroup ? ` – ${v.adoptedByGroup.name}` : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
