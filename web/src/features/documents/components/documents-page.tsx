import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { RadioGroup, TextField } from '../../../components/ui/field.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import { formatDateTime, formatFileSize, todayInSweden } from '../../../lib/format.js';
import { useCreateDocumentExport } from '../api/create-document-export.js';
import { documentFileUrl, documentKinds, type DocumentExport, type DocumentFormat, type DocumentKind } from '../api/document-exports.js';
import { useDocumentExports } from '../api/get-document-exports.js';

interface DocumentsPageProps {
  collaborationId: string;
  /** Coordinators and admins make documents; everyone in the collaboration may read the earlier ones. */
  canCreate: boolean;
  /** The kind chosen on arrival (the "Exportera" links on the agreement and plan pages). */
  initialKind: DocumentKind | null;
  /** The agreement or plan the link came from; used while that kind is chosen. */
  subjectId: string | null;
}

/** Dokument: make the agreement, medborgarlöften, plan or yearly follow-up as Word or PDF, preview the PDF, download earlier ones. */
export function DocumentsPage({ collaborationId, canCreate, initialKind, subjectId }: DocumentsPageProps) {
  const { t } = useTranslation();
  const exports = useDocumentExports(collaborationId);
  const create = useCreateDocumentExport(collaborationId);
  const [kind, setKind] = useState<DocumentKind>(initialKind ?? 'followup-report');
  const [format, setFormat] = useState<DocumentFormat>('pdf');
  const [year, setYear] = useState(todayInSweden().slice(0, 4));
  const [diarienummer, setDiarienummer] = useState('');
  const [preview, setPreview] = useState<DocumentExport | null>(null);
  const [note, setNote] = useState('');
  const fieldErrors = fieldErrorsOf(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    setNote('');
    const yearNumber = Number(year);
    create.mutate(
      {
        kind,
        format,
        ...(subjectId && kind === initialKind ? { subjectId } : {}),
        ...(kind === 'followup-report' || (kind === 'situation-report' && !(subjectId && kind === initialKind)) ? { year: yearNumber } : {}),
        ...(diarienummer.trim() ? { diarienummer: diarienummer.trim() } : {}),
      },
      {
        onSuccess: (created) => {
          setNote(t('documents.created', { name: created.filename }));
          setPreview(created.format === 'pdf' ? created : null);
        },
      },
    );
  }

  return (
    <>
      <PageHeading title={t('documents.title')}>{t('documents.title')}</PageHeading>
      <p>{t('documents.intro')}</p>
      <StatusMessage message={note} />

      {canCreate ? (
        <section className="section panel" aria-labelledby="documents-create-heading">
          <h2 id="documents-create-heading">{t('documents.createHeading')}</h2>
          <ErrorSummary error={create.error} fieldIds={{ year: 'document-year', diarienummer: 'document-diarienummer' }} />
          <form className="form" onSubmit={submit} noValidate>
            <RadioGroup<DocumentKind>
              name="document-kind"
              legend={t('documents.kind')}
              value={kind}
              onChange={setKind}
              options={documentKinds.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) }))}
              error={fieldErrors.kind}
            />
            <RadioGroup<DocumentFormat>
              name="document-format"
              legend={t('documents.format')}
              value={format}
              onChange={setFormat}
              options={[
                { value: 'pdf', label: t('documents.formats.pdf') },
                { value: 'docx', label: t('documents.formats.docx') },
              ]}
              error={fieldErrors.format}
            />
            {kind === 'followup-report' || (kind === 'situation-report' && !(subjectId && kind === initialKind)) ? (
              <TextField
                id="document-year"
                label={t('documents.year')}
                hint={kind === 'situation-report' ? t('documents.situationYearHint') : t('documents.yearHint')}
                inputMode="numeric"
                maxLength={4}
                value={year}
                onChange={(e) => setYear(e.target.value)}
                error={fieldErrors.year}
              />
            ) : null}
            <TextField
              id="document-diarienummer"
              label={t('documents.diarienummer')}
              hint={t('documents.diarienummerHint')}
              maxLength={100}
              value={diarienummer}
              onChange={(e) => setDiarienummer(e.target.value)}
              error={fieldErrors.diarienummer}
            />
            <div className="form__actions">
              <Button type="submit">{create.isPending ? t('documents.creating') : t('documents.create')}</Button>
            </div>
          </form>
        </section>
      ) : (
        <p className="muted-text">{t('documents.readOnly')}</p>
      )}

      {preview ? (
        <section className="section" aria-labelledby="documents-preview-heading">
          <h2 id="documents-preview-heading" tabIndex={-1}>
            {t('documents.previewHeading', { name: preview.filename })}
          </h2>
          <iframe style={{ width: '100%', height: '70vh', border: '1px solid #6b7280' }} title={t('documents.previewTitle', { name: preview.filename })} src={documentFileUrl(collaborationId, preview.id, 'inline')} />
          <p>
            <a href={documentFileUrl(collaborationId, preview.id, 'inline')} target="_blank" rel="noreferrer">
              {t('documents.openPdf')}
            </a>
          </p>
        </section>
      ) : null}

      <section className="section" aria-labelledby="documents-list-heading">
        <h2 id="documents-list-heading">{t('documents.listHeading')}</h2>
        {exports.isPending ? <Loading /> : null}
        {exports.isError ? <ErrorSummary error={exports.error} /> : null}
        {exports.data?.length === 0 ? <p>{t('documents.none')}</p> : null}
        {exports.data?.length ? (
          <TableRegion labelledBy="documents-caption">
            <table className="table table--stack" role="table">
              <caption id="documents-caption" className="visually-hidden">
                {t('documents.caption')}
              </caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">{t('documents.document')}</th>
                  <th scope="col" role="columnheader">{t('documents.version')}</th>
                  <th scope="col" role="columnheader">{t('documents.createdAt')}</th>
                  <th scope="col" role="columnheader">{t('documents.createdBy')}</th>
                  <th scope="col" role="columnheader">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {exports.data.map((doc) => (
                  <tr role="row" key={doc.id}>
                    <th scope="row" role="rowheader">
                      {t(`documents.kinds.${doc.kind}`)}
                      {doc.year ? ` ${doc.year}` : ''} ({doc.format.toUpperCase()}, {formatFileSize(doc.size)})
                      {doc.restricted ? <span className="muted-text"> – {t('documents.restricted')}</span> : null}
                    </th>
                    <td role="cell" data-label={t('documents.version')}>
                      {doc.versionLabel}
                      {doc.diarienummer ? `, ${t('documents.diarienummerShort', { dnr: doc.diarienummer })}` : ''}
                    </td>
                    <td role="cell" data-label={t('documents.createdAt')} className="nowrap">{formatDateTime(doc.createdAt)}</td>
                    <td role="cell" data-label={t('documents.createdBy')}>{doc.createdBy?.displayName ?? '–'}</td>
                    <td role="cell">
                      <a href={documentFileUrl(collaborationId, doc.id, 'attachment')} download={doc.filename}>
                        {t('documents.download')}
                        <span className="visually-hidden"> {doc.filename}</span>
                      </a>
                      {doc.format === 'pdf' ? (
                        <>
                          {' · '}
                          <Button variant="quiet" onClick={() => setPreview(doc)}>
                            {t('documents.preview')}
                            <span className="visually-hidden"> {doc.filename}</span>
                          </Button>
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : null}
      </section>
    </>
  );
}
