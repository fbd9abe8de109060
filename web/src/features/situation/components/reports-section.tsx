import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { TextField } from '../../../components/ui/field.js';
import { Loading } from '../../../components/ui/loading.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { SituationReport } from '../api/situation-report-types.js';
import { useCreateReport, useSituationReports } from '../api/situation-reports.js';

interface ReportsSectionProps {
  collaborationId: string;
  canEdit: boolean;
  reportPath: (reportId: string) => string;
  onCreated: (report: SituationReport) => void;
}

/** "Lägesbilder": one per year, with its adoption, and "Ny lägesbild" for coordinators. */
export function ReportsSection({ collaborationId, canEdit, reportPath, onCreated }: ReportsSectionProps) {
  const { t } = useTranslation();
  const reports = useSituationReports(collaborationId);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const create = useCreateReport(collaborationId);
  return (
    <section className="section" aria-labelledby="situation-reports-heading">
      <h2 id="situation-reports-heading">{t('situationReport.list.heading')}</h2>
      <p>{t('situationReport.list.intro')}</p>
      {reports.isPending ? <Loading /> : null}
      {reports.isError ? <ErrorSummary error={reports.error} /> : null}
      {reports.data?.length === 0 ? <p className="muted-text">{t('situationReport.list.none')}</p> : null}
      {reports.data?.length ? (
        <TableRegion labelledBy="situation-reports-caption">
          <table className="table" role="table">
            <caption id="situation-reports-caption">{t('situationReport.list.caption')}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('situationReport.list.year')}</th>
                <th scope="col" role="columnheader">{t('situationReport.list.title')}</th>
                <th scope="col" role="columnheader">{t('situationReport.list.status')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {reports.data.map((r) => (
                <tr role="row" key={r.id}>
                  <th scope="row" role="rowheader">{r.year}</th>
                  <td role="cell">
                    <Link to={reportPath(r.id)}>{r.title}</Link>
                  </td>
                  <td role="cell">
                    {r.adoptedVersion
                      ? t('situationReport.status.adopted', { date: r.adoptedVersion.adoptedOn, number: r.adoptedVersion.number })
                      : t('situationReport.status.draft', { number: r.currentNumber })}
                    {r.adoptedVersion && !r.adopted ? `; ${t('situationReport.status.draft', { number: r.currentNumber })}` : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {canEdit ? (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate({ year: Number(year) }, { onSuccess: onCreated });
          }}
        >
          <h3>{t('situationReport.list.create')}</h3>
          <ErrorSummary error={create.error} fieldIds={{ year: 'new-report-year' }} />
          <TextField id="new-report-year" label={t('situationReport.list.year')} inputMode="numeric" required value={year} onChange={(e) => setYear(e.target.value)} error={fieldErrorsOf(create.error).year} />
          <div className="form__actions">
            <Button type="submit" disabled={create.isPending}>
              {t('situationReport.list.create')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
