import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { TextField } from '../../../components/ui/field.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import type { PlanImportResult } from '../../../lib/api-types.js';
import { useLocale } from '../../../lib/i18n.js';
import { planExportUrl, type SpreadsheetFormat } from '../api/export-plan.js';
import { acceptedPlanFileTypes, MAX_PLAN_FILE_BYTES, planFileTypeOf, useImportPlan } from '../api/import-plan.js';

const formats: readonly SpreadsheetFormat[] = ['xlsx', 'csv'];

/** "Exportera": the plan and its log as Excel or CSV, for everyone who may read the plan. */
export function PlanExportLinks({ collaborationId, planId }: { collaborationId: string; planId: string }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="plan-export-heading">
      <h2 id="plan-export-heading">{t('plans.export.heading')}</h2>
      <ul className="link-list">
        {(['plan', 'log'] as const).flatMap((what) =>
          formats.map((format) => (
            <li key={`${what}-${format}`}>
              <a href={planExportUrl(collaborationId, planId, what, format)} download>
                {t(`plans.export.${what}`, { format: format.toUpperCase() })}
              </a>
            </li>
          )),
        )}
      </ul>
      <p className="muted">{t('plans.export.logHint')}</p>
    </section>
  );
}

interface PlanImportSectionProps {
  collaborationId: string;
  planId: string;
  /** After a successful import: the number of activities written. */
  onImported: (created: number) => void;
}

/**
 * "Importera aktiviteter": the file is read by the server first and shown row by row with each error
 * at its row and column; nothing is written until the user confirms (all rows, or only the valid ones).
 */
export function PlanImportSection({ collaborationId, planId, onImported }: PlanImportSectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const importPlan = useImportPlan(collaborationId, planId);
  const [file, setFile] = useState<{ data: File; contentType: string } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<PlanImportResult | null>(null);
  const fileId = 'plan-import-file';

  function choose(chosen: File | null) {
    setPreview(null);
    importPlan.reset();
    setFileProblem(null);
    setFile(null);
    if (!chosen) return;
    const contentType = planFileTypeOf(chosen);
    if (!contentType) return setFileProblem(t('plans.import.wrongType'));
    if (chosen.size > MAX_PLAN_FILE_BYTES) return setFileProblem(t('plans.import.tooLarge'));
    setFile({ data: chosen, contentType });
  }

  function read(event: FormEvent) {
    event.preventDefault();
    if (importPlan.isPending) return;
    if (!file) {
      setFileProblem(t('plans.import.chooseFirst'));
      document.getElementById(fileId)?.focus();
      return;
    }
    importPlan.mutate(
      { file: file.data, contentType: file.contentType, commit: false, skipInvalid: false },
      { onSuccess: setPreview },
    );
  }

  function commit(skipInvalid: boolean) {
    if (!file || importPlan.isPending) return;
    importPlan.mutate(
      { file: file.data, contentType: file.contentType, commit: true, skipInvalid },
      {
        onSuccess: (result) => {
          setPreview(null);
          setFile(null);
          const input = document.getElementById(fileId);
          if (input instanceof HTMLInputElement) input.value = '';
          onImported(result.created);
        },
      },
    );
  }

  function cancel() {
    setPreview(null);
    importPlan.reset();
    document.getElementById(fileId)?.focus();
  }

  return (
    <section className="section" aria-labelledby="plan-import-heading">
      <h2 id="plan-import-heading">{t('plans.import.heading')}</h2>
      <p>{t('plans.import.intro')}</p>
      <ErrorSummary error={importPlan.error} />
      <form className="form" onSubmit={read} noValidate>
        <TextField
          id={fileId}
          label={t('plans.import.file')}
          hint={t('plans.import.fileHint')}
          type="file"
          accept={acceptedPlanFileTypes}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
          error={fileProblem ? { text: fileProblem, lang: locale } : undefined}
        />
        <div className="form__actions">
          <Button type="submit" variant="secondary">
            {importPlan.isPending && !preview ? t('plans.import.reading') : t('plans.import.preview')}
          </Button>
        </div>
      </form>
      {preview ? (
        <ImportPreview
          preview={preview}
          busy={importPlan.isPending}
          onCommit={commit}
          onCancel={cancel}
        />
      ) : null}
    </section>
  );
}

interface ImportPreviewProps {
  preview: PlanImportResult;
  busy: boolean;
  onCommit: (skipInvalid: boolean) => void;
  onCancel: () => void;
}

function ImportPreview({ preview, busy, onCommit, onCancel }: ImportPreviewProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A new preview mounts afresh (choosing another file removes the old one), so its heading takes focus once.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const { valid, invalid } = preview;
  return (
    <div className="panel" aria-labelledby="plan-import-preview-heading" role="group">
      <h3 id="plan-import-preview-heading" ref={headingRef} tabIndex={-1}>
        {t('plans.import.previewHeading')}
      </h3>
      <p>
        {t('plans.import.summary', { count: preview.rows.length })} {t('plans.import.summaryValid', { count: valid })}{' '}
        {invalid > 0 ? t('plans.import.summaryInvalid', { count: invalid }) : null} <strong>{t('plans.import.nothingSaved')}</strong>
      </p>
      {preview.ignoredColumns.length > 0 ? <p>{t('plans.import.ignored', { columns: preview.ignoredColumns.join(', ') })}</p> : null}
      <TableRegion labelledBy="plan-import-caption">
        <table className="table table--stack" role="table">
          <caption id="plan-import-caption">{t('plans.import.caption')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('plans.import.line')}</th>
              <th scope="col" role="columnheader">{t('activities.what')}</th>
              <th scope="col" role="columnheader">{t('activities.when')}</th>
              <th scope="col" role="columnheader">{t('activities.focusArea')}</th>
              <th scope="col" role="columnheader">{t('plans.import.result')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {preview.rows.map((row) => (
              <tr role="row" key={row.line} className={row.errors.length > 0 ? 'row--invalid' : undefined}>
                <th scope="row" role="rowheader">{t('plans.import.lineNumber', { line: row.line })}</th>
                <td role="cell" data-label={t('activities.what')} className="pre-line">
                  {row.cells.what || t('common.empty')}
                </td>
                <td role="cell" data-label={t('activities.when')} className="pre-line">
                  {row.cells.whenText || t('common.empty')}
                </td>
                <td role="cell" data-label={t('activities.focusArea')}>
                  {row.cells.focusArea || t('common.empty')}
                </td>
                <td role="cell" data-label={t('plans.import.result')}>
                  {row.errors.length === 0 ? (
                    t('plans.import.rowOk')
                  ) : (
                    <ul className="import-errors">
                      {row.errors.map((error, i) => (
                        <li key={i}>
                          <span className="visually-hidden">{t('common.errorPrefix')} </span>
                          {t('plans.import.column', { column: error.column })}{' '}
                          <span lang="sv">{error.message}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {valid === 0 ? <p>{t('plans.import.noneValid')}</p> : invalid > 0 ? <p>{t('plans.import.fixOrSkip')}</p> : null}
      <div className="form__actions">
        {valid > 0 && invalid === 0 ? (
          <Button onClick={() => onCommit(false)} disabled={busy}>
            {busy ? t('common.saving') : t('plans.import.commit', { count: valid })}
          </Button>
        ) : null}
        {valid > 0 && invalid > 0 ? (
          <Button onClick={() => onCommit(true)} disabled={busy}>
            {busy ? t('common.saving') : t('plans.import.skipAndCommit', { count: invalid })}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
