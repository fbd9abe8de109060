import { useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { FieldErrorText } from '../../../components/ui/field.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import type { Collaboration, DocumentImportResult, ImportedDocument } from '../../../lib/api-types.js';
import { formatFileSize } from '../../../lib/format.js';
import { DOCUMENT_EXTENSIONS, MAX_DOCUMENT_BYTES, readDocument } from '../api/read-document.js';
import { ReviewScreen } from './review-screen.js';

interface ImportPageProps {
  collaborationId: string;
  parties: Collaboration['parties'];
}

type Step =
  | { name: 'choose' }
  | { name: 'sending'; fileName: string; sent: number; total: number }
  | { name: 'review'; fileName: string; document: ImportedDocument }
  | { name: 'done'; fileName: string; result: DocumentImportResult };

/** Upload → review beside the source text → one commit → links to what was created. */
export function ImportPage({ collaborationId, parties }: ImportPageProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [status, setStatus] = useState<string | null>(null);

  const cancelled = () => {
    setStep({ name: 'choose' });
    setStatus(t('documentImport.cancelled'));
  };

  return (
    <>
      <PageHeading title={t('documentImport.title')}>{t('documentImport.title')}</PageHeading>
      <StatusMessage message={status} />
      {step.name === 'choose' || step.name === 'sending' ? (
        <UploadStep
          collaborationId={collaborationId}
          sending={step.name === 'sending' ? step : null}
          onProgress={(fileName, sent, total) => {
            setStatus(null);
            setStep({ name: 'sending', fileName, sent, total });
          }}
          onRead={(fileName, document) => setStep({ name: 'review', fileName, document })}
          onCancelled={cancelled}
          onFailed={() => setStep({ name: 'choose' })}
        />
      ) : null}
      {step.name === 'review' ? (
        <ReviewScreen
          collaborationId={collaborationId}
          document={step.document}
          fileName={step.fileName}
          parties={parties}
          onCancel={cancelled}
          onCreated={(result) => setStep({ name: 'done', fileName: step.fileName, result })}
        />
      ) : null}
      {step.name === 'done' ? (
        <ImportResult
          fileName={step.fileName}
          result={step.result}
          onAnother={() => {
            setStatus(null);
            setStep({ name: 'choose' });
          }}
        />
      ) : null}
    </>
  );
}

interface UploadStepProps {
  collaborationId: string;
  sending: { fileName: string; sent: number; total: number } | null;
  onProgress: (fileName: string, sent: number, total: number) => void;
  onRead: (fileName: string, document: ImportedDocument) => void;
  onCancelled: () => void;
  onFailed: () => void;
}

function UploadStep({ collaborationId, sending, onProgress, onRead, onCancelled, onFailed }: UploadStepProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => () => abort.current?.abort(), []);
  const isSending = sending !== null;
  useEffect(() => {
    // Sending starts from the form's button, which goes away: "Avbryt" takes its place and the focus.
    if (isSending) cancelButton.current?.focus();
  }, [isSending]);

  const choose = (picked: File | null) => {
    setError(null);
    setFile(picked);
    if (!picked) return setFileError(null);
    if (picked.size === 0) return setFileError(t('documentImport.upload.empty'));
    if (picked.size > MAX_DOCUMENT_BYTES) return setFileError(t('documentImport.upload.tooLarge', { size: formatFileSize(picked.size) }));
    setFileError(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setFileError(t('documentImport.upload.chooseFirst'));
    if (fileError) return;
    const controller = new AbortController();
    abort.current = controller;
    onProgress(file.name, 0, file.size);
    readDocument(collaborationId, file, { signal: controller.signal, onProgress: (sent, total) => onProgress(file.name, sent, total) }).then(
      (document) => onRead(file.name, document),
      (failure: unknown) => {
        if (failure instanceof DOMException && failure.name === 'AbortError') return onCancelled();
        setError(failure);
        onFailed();
      },
    );
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0] ?? null);
  };

  if (sending) {
    const percent = sending.total > 0 ? Math.round((sending.sent / sending.total) * 100) : 0;
    const reading = sending.total > 0 && sending.sent >= sending.total;
    return (
      <section className="import-progress" aria-labelledby="import-progress-heading">
        <h2 id="import-progress-heading">{t('documentImport.upload.sendingHeading', { file: sending.fileName })}</h2>
        <label htmlFor="import-progress">{reading ? t('documentImport.upload.reading') : t('documentImport.upload.sending', { percent })}</label>
        <progress id="import-progress" max={100} value={reading ? undefined : percent} />
        <div className="form__actions">
          <Button ref={cancelButton} variant="secondary" onClick={() => abort.current?.abort()}>
            {t('documentImport.cancel')}
          </Button>
        </div>
      </section>
    );
  }

  const hintId = 'import-file-hint';
  return (
    <section aria-labelledby="import-upload-heading">
      <h2 id="import-upload-heading">{t('documentImport.upload.heading')}</h2>
      <p>{t('documentImport.upload.intro')}</p>
      <ErrorSummary error={error} />
      <form noValidate onSubmit={submit}>
        <div
          className={fileError ? 'drop-zone field field--invalid' : 'drop-zone field'}
          data-active={dragging || undefined}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <label htmlFor="import-file">{t('documentImport.upload.label')}</label>
          <p id={hintId} className="field__hint">
            {t('documentImport.upload.hint', { max: formatFileSize(MAX_DOCUMENT_BYTES) })}
          </p>
          {fileError ? <FieldErrorText id="import-file-error" error={{ text: fileError, lang: 'sv' }} /> : null}
          <input
            id="import-file"
            type="file"
            accept={DOCUMENT_EXTENSIONS.join(',')}
            aria-describedby={fileError ? `${hintId} import-file-error` : hintId}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
          />
          {file && !fileError ? <p>{t('documentImport.upload.chosen', { file: file.name, size: formatFileSize(file.size) })}</p> : null}
        </div>
        <div className="form__actions">
          <Button type="submit">{t('documentImport.upload.submit')}</Button>
        </div>
      </form>
    </section>
  );
}

function ImportResult({ fileName, result, onAnother }: { fileName: string; result: DocumentImportResult; onAnother: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const created = result.focusAreas.filter((f) => f.created).length;
  return (
    <section className="import-result" aria-labelledby="import-result-heading">
      <h2 id="import-result-heading" ref={heading} tabIndex={-1}>
        {t('documentImport.result.heading', { file: fileName })}
      </h2>
      <ul>
        {result.agreement?.webPath ? (
          <li>
            <Link to={result.agreement.webPath}>{t('documentImport.result.agreement', { title: result.agreement.title })}</Link>
          </li>
        ) : null}
        {result.plan?.webPath ? (
          <li>
            <Link to={result.plan.webPath}>{t('documentImport.result.plan', { title: result.plan.title, count: result.plan.activityCount })}</Link>
          </li>
        ) : null}
        {result.promise ? (
          <li>
            {result.promise.webPath ? (
              <Link to={result.promise.webPath}>{t('documentImport.result.promise', { title: result.promise.title, count: result.promise.itemCount })}</Link>
            ) : (
              t('documentImport.result.promise', { title: result.promise.title, count: result.promise.itemCount })
            )}{' '}
            {t('documentImport.result.linked', { count: result.promise.linkedActivityCount })}
          </li>
        ) : null}
        <li>{t('documentImport.result.focusAreas', { count: result.focusAreas.length, created })}</li>
      </ul>
      <Button variant="secondary" onClick={onAnother}>
        {t('documentImport.result.another')}
      </Button>
    </section>
  );
}
