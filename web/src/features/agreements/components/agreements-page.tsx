import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { SelectField, TextField } from '../../../components/ui/field.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Agreement, AgreementKind } from '../../../lib/api-types.js';
import { useCreateAgreement } from '../api/create-agreement.js';
import { useAgreements } from '../api/get-agreements.js';
import { AgreementStatusBadge } from './agreement-status-badge.js';
import { validityDraftOf, validityFieldIds, ValidityFields, validityOf, type ValidityDraft } from './validity-fields.js';

export const agreementKinds = ['samverkansoverenskommelse', 'samverkansavtal'] as const satisfies readonly AgreementKind[];

interface AgreementsPageProps {
  collaborationId: string;
  canEdit: boolean;
  agreementPath: (agreementId: string) => string;
  onCreated: (agreement: Agreement) => void;
  /** A message carried over from the page the user came from (a deleted draft). */
  note?: string | undefined;
}

/** "Avtal": the collaboration's agreements with their status, and a new draft for coordinators. */
export function AgreementsPage({ collaborationId, canEdit, agreementPath, onCreated, note }: AgreementsPageProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const agreements = useAgreements(collaborationId);
  return (
    <>
      <PageHeading title={t('agreements.title')}>{t('agreements.title')}</PageHeading>
      <p className="muted-text">{t('agreements.intro')}</p>
      <StatusMessage message={note} />
      {agreements.isPending ? <Loading /> : null}
      {agreements.isError ? <ErrorSummary error={agreements.error} /> : null}
      {agreements.data?.length === 0 ? <p>{t('agreements.none')}</p> : null}
      {agreements.data?.length ? (
        <TableRegion labelledBy="agreements-caption">
          <table className="table table--stack" role="table">
            <caption id="agreements-caption" className="visually-hidden">
              {t('agreements.listCaption')}
            </caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('agreements.agreement')}</th>
                <th scope="col" role="columnheader">{t('agreements.kind')}</th>
                <th scope="col" role="columnheader">{t('agreements.status')}</th>
                <th scope="col" role="columnheader">{t('agreements.validity')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {agreements.data.map((agreement) => (
                <tr role="row" key={agreement.id}>
                  <th scope="row" role="rowheader">
                    <Link to={agreementPath(agreement.id)}>{agreement.title}</Link>
                  </th>
                  <td role="cell" data-label={t('agreements.kind')}>{t(`agreements.kinds.${agreement.kind}`)}</td>
                  <td role="cell" data-label={t('agreements.status')}>
                    <AgreementStatusBadge status={agreement.status} />
                  </td>
                  <td role="cell" data-label={t('agreements.validity')}>{agreement.validityText?.[lang] ?? t('agreements.noValidity')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {canEdit ? <CreateAgreementForm collaborationId={collaborationId} onCreated={onCreated} /> : null}
    </>
  );
}

function CreateAgreementForm({ collaborationId, onCreated }: { collaborationId: string; onCreated: (agreement: Agreement) => void }) {
  const { t } = useTranslation();
  const create = useCreateAgreement(collaborationId);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<AgreementKind>('samverkansoverenskommelse');
  const [validity, setValidity] = useState<ValidityDraft>(() => validityDraftOf(null));
  const fieldErrors = fieldErrorsOf(create.error);
  const ids = { title: 'new-agreement-title', kind: 'new-agreement-kind', ...validityFieldIds('new-agreement-validity', 'content.validity') };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate({ title, kind, content: { validity: validityOf(validity) } }, { onSuccess: onCreated });
  }

  return (
    <section className="section panel" aria-labelledby="new-agreement-heading">
      <h2 id="new-agreement-heading">{t('agreements.createHeading')}</h2>
      <ErrorSummary error={create.error} fieldIds={ids} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField id={ids.title} label={t('agreements.agreementTitle')} required maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} error={fieldErrors.title} />
        <SelectField id={ids.kind} label={t('agreements.kind')} value={kind} onChange={(e) => setKind(e.target.value as AgreementKind)} error={fieldErrors.kind}>
          {agreementKinds.map((k) => (
            <option key={k} value={k}>
              {t(`agreements.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <ValidityFields idPrefix="new-agreement-validity" path="content.validity" value={validity} onChange={setValidity} fieldErrors={fieldErrors} />
        <div className="form__actions">
          <Button type="submit">{create.isPending ? t('common.saving') : t('agreements.create')}</Button>
        </div>
      </form>
    </section>
  );
}
