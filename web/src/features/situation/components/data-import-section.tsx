import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { TextField } from '../../../components/ui/field.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import type { DataImportResult } from '../../../lib/api-types.js';
import { useLocale } from '../../../lib/i18n.js';
import { acceptedTypes, dataSources, useImportData, type DataSource } from '../api/import-data.js';

const fileId = 'situation-import-file';

interface Sending {
  sent: number;
  total: number;
  /** Writing, not previewing: once the whole file is sent the server may already be saving it. */
  dryRun: boolean;
}

/**
 * "Importera data": the file is sent once as a preview (dryRun, nothing written) and shown as counts and
 * per-line errors; only "Importera" (or the explicit skip of the invalid rows) sends it again to be written.
 */
export function DataImportSection({ collaborationId }: { collaborationId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const importData = useImportData(collaborationId);
  const [source, setSource] = useState<DataSource>('bra');
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [sending, setSending] = useState<Sending | null>(null);
  const [preview, setPreview] = useState<DataImportResult | null>(null);
  const [note, setNote] = useState('');
  // Where the focus goes once the page shows the outcome: the section's heading after an import, the file after a cancel.
  const [focusAfter, setFocusAfter] = useState<{ target: 'heading' | 'file' } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const sectionHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => () => abort.current?.abort(), []);
  const isSending = sending !== null;
  useEffect(() => {
    if (focusAfter?.target === 'heading') sectionHeading.current?.focus();
    if (focusAfter?.target === 'file') document.getElementById(fileId)?.focus();
  }, [focusAfter]);
  useEffect(() => {
    // The button that started the upload goes away while sending: "Avbryt" takes its place and the focus.
    if (isSending) cancelButton.current?.focus();
  }, [isSending]);

  function reset() {
    setPreview(null);
    importData.reset();
    setNote('');
  }

  function choose(chosen: File | null) {
    reset();
    setFileProblem(null);
    setFile(chosen);
    if (chosen && chosen.size === 0) setFileProblem(t('situation.import.emptyFile'));
  }

  function send(dryRun: boolean, skipInvalid: boolean, then: (result: DataImportResult) => void) {
    if (!file || isSending) return;
    const controller = new AbortController();
    abort.current = controller;
    setSending({ sent: 0, total: file.size, dryRun });
    importData.mutate(
      { source, file, dryRun, skipInvalid, signal: controller.signal, onProgress: (sent, total) => setSending({ sent, total, dryRun }) },
      {
        onSuccess: then,
        onError: (failure) => {
          if (failure instanceof DOMException && failure.name === 'AbortError') {
            importData.reset();
            setNote(t('situation.import.cancelled'));
            setFocusAfter({ target: 'file' });
          }
        },
        onSettled: () => setSending(null),
      },
    );
  }

  function readPreview(event: FormEvent) {
    event.preventDefault();
    reset();
    if (!file) {
      setFileProblem(t('situation.import.chooseFirst'));
      document.getElementById(fileId)?.focus();
      return;
    }
    if (fileProblem) return document.getElementById(fileId)?.focus();
    // skipInvalid in the preview too, so the counts say what "skip the invalid rows" would write.
    send(true, true, setPreview);
  }

  function commit(skipInvalid: boolean) {
    send(false, skipInvalid, (result) => {
      setPreview(null);
      setFile(null);
      const input = document.getElementById(fileId);
      if (input instanceof HTMLInputElement) input.value = '';
      setNote(t('situation.import.done', { imported: result.imported, unchanged: result.unchanged, skipped: result.skipped }));
      setFocusAfter({ target: 'heading' });
    });
  }

  function cancelPreview() {
    reset();
    document.getElementById(fileId)?.focus();
  }

  const percent = sending && sending.total > 0 ? Math.round((sending.sent / sending.total) * 100) : 0;
  const reading = sending !== null && sending.total > 0 && sending.sent >= sending.total;

  return (
    <section className="section panel" aria-labelledby="situation-import-heading">
      <h2 id="situation-import-heading" ref={sectionHeading} tabIndex={-1}>
        {t('situation.import.heading')}
      </h2>
      <p>{t('situation.import.intro')}</p>
      <StatusMessage message={note} />
      <ErrorSummary error={importData.error instanceof DOMException ? null : importData.error} />
      <form className="form" onSubmit={readPreview} noValidate>
        <fieldset className="field radio-group">
          <legend>{t('situation.import.source')}</legend>
          {dataSources.map((s) => (
            <div key={s}>
              <div className="radio-group__option">
                <input
                  type="radio"
                  id={`situation-source-${s}`}
                  name="situation-source"
                  value={s}
                  checked={source === s}
                  aria-describedby={`situation-source-${s}-hint`}
                  disabled={isSending}
                  onChange={() => {
                    setSource(s);
                    reset();
                  }}
                />
                <label htmlFor={`situation-source-${s}`}>{t(`situation.sources.${s}`)}</label>
              </div>
              <p id={`situation-source-${s}-hint`} className="field__hint">
                {t(`situation.import.columns.${s}`)}
              </p>
            </div>
          ))}
        </fieldset>
        <TextField
          id={fileId}
          label={t('situation.import.file')}
          hint={t('situation.import.fileHint')}
          type="file"
          accept={acceptedTypes[source]}
          disabled={isSending}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
          error={fileProblem ? { text: fileProblem, lang: locale } : undefined}
        />
        {sending ? null : (
          <div className="form__actions">
            <Button type="submit" variant="secondary">
              {t('situation.import.preview')}
            </Button>
          </div>
        )}
      </form>

      {sending ? (
        <div className="import-progress">
          <label htmlFor="situation-import-progress">{reading ? t('situation.import.reading') : t('situation.import.sending', { percent })}</label>
          <progress id="situation-import-progress" max={100} value={reading ? undefined : percent} />
          {/* An import whose file is wholly sent can no longer be stopped from here, so it is not offered. */}
          {reading && !sending.dryRun ? null : (
            <div className="form__actions">
              <Button ref={cancelButton} variant="secondary" onClick={() => abort.current?.abort()}>
                {t('situation.import.cancel')}
              </Button>
            </div>
          )}
        </div>
      ) : null}

      {preview && !sending ? <ImportPreview preview={preview} onCommit={commit} onCancel={cancelPreview} /> : null}
    </section>
  );
}

interface ImportPreviewProps {
  preview: DataImportResult;
  onCommit: (skipInvalid: boolean) => void;
  onCancel: () => void;
}

function ImportPreview({ preview, onCommit, onCancel }: ImportPreviewProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A new preview takes the focus, so its counts and errors are read next.
  useEffect(() => headingRef.current?.focus(), [preview]);
  const invalid = preview.errorCount;
  return (
    <div className="panel" role="group" aria-labelledby="situation-preview-heading">
      <h3 id="situation-preview-heading" ref={headingRef} tabIndex={-1}>
        {t('situation.import.previewHeading')}
      </h3>
      <p>
        {t('situation.import.summary', { imported: preview.imported, unchanged: preview.unchanged, invalid })}{' '}
        <strong>{t('situation.import.nothingSaved')}</strong>
      </p>
      {preview.nextPage ? (
        <p className="alert alert--warning">
          {t('situation.import.nextPage')} <span className="pre-wrap">{preview.nextPage}</span>
        </p>
      ) : null}
      {preview.errors.length > 0 ? (
        <>
          <TableRegion labelledBy="situation-errors-caption">
            <table className="table" role="table">
              <caption id="situation-errors-caption">{t('situation.import.errorsCaption')}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">{t('situation.import.line')}</th>
                  <th scope="col" role="columnheader">{t('situation.import.column')}</th>
                  <th scope="col" role="columnheader">{t('situation.import.error')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {preview.errors.map((error, i) => (
                  <tr role="row" key={i} className="row--invalid">
                    <th scope="row" role="rowheader">{t('situation.import.lineNumber', { line: error.line })}</th>
                    <td role="cell">{error.column ?? t('common.empty')}</td>
                    <td role="cell" lang="sv">{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          {invalid > preview.errors.length ? <p>{t('situation.import.firstErrors', { shown: preview.errors.length, count: invalid })}</p> : null}
        </>
      ) : null}
      {preview.valid === 0 ? <p>{t('situation.import.noneValid')}</p> : invalid > 0 ? <p>{t('situation.import.fixOrSkip')}</p> : null}
      <div className="form__actions">
        {preview.valid > 0 && invalid === 0 ? <Button onClick={() => onCommit(false)}>{t('situation.import.commit')}</Button> : null}
        {preview.valid > 0 && invalid > 0 ? <Button onClick={() => onCommit(true)}>{t('situation.import.skipAndCommit', { count: invalid })}</Button> : null}
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
