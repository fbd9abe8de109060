import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { DataImportSection } from './data-import-section.js';
import type { SituationReport } from '../api/situation-report-types.js';
import { PoliceEventsSection } from './police-events-section.js';
import { ReportsSection } from './reports-section.js';
import { StatisticsSection } from './statistics-section.js';

interface SituationPageProps {
  collaborationId: string;
  /** Coordinators and administrators import data; every member reads the statistics and events. */
  canImport: boolean;
  /** Coordinators and administrators create lägesbilder. */
  canEdit: boolean;
  reportPath: (reportId: string) => string;
  onCreated: (report: SituationReport) => void;
}

/** Lägesbild: the collaboration's statistics (Brå, Kolada, SCB, surveys) and Polisen's events, and their import. */
export function SituationPage({ collaborationId, canImport, canEdit, reportPath, onCreated }: SituationPageProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('situation.title')}>{t('situation.title')}</PageHeading>
      <p>{t('situation.intro')}</p>
      <ReportsSection collaborationId={collaborationId} canEdit={canEdit} reportPath={reportPath} onCreated={onCreated} />
      {canImport ? <DataImportSection collaborationId={collaborationId} /> : <p className="muted-text">{t('situation.readOnly')}</p>}
      <StatisticsSection collaborationId={collaborationId} />
      <PoliceEventsSection collaborationId={collaborationId} />
    </>
  );
}
