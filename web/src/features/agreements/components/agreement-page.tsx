import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.js';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { SelectField, TextField } from '../../../components/ui/field.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Agreement, FocusArea, Organisation } from '../../../lib/api-types.js';
import { todayInSweden } from '../../../lib/format.js';
import { useAdoptAgreement } from '../api/adopt-agreement.js';
import { useAgreement } from '../api/get-agreement.js';
import { useAgreementDiff } from '../api/get-agreement-diff.js';
import { useAgreementVersions } from '../api/get-agreement-versions.js';
import { useRemoveAgreement } from '../api/remove-agreement.js';
import { useReviseAgreement } from '../api/revise-agreement.js';
import { useTerminateAgreement } from '../api/terminate-agreement.js';
import { AgreementDiffView, metadataKeys } from './agreement-diff.js';
import { AgreementStatusBadge } from './agreement-status-badge.js';
import { EditAgreementForm } from './edit-agreement-form.js';
import { paragraphsOf, sectionKeys } from './sections.js';

interface AgreementPageProps {
  collaborationId: string;
  agreementId: string;
  canEdit: boolean;
  canTerminate: boolean;
  parties: readonly Organisation[];
  /** The collaboration's focus areas: an agreement names some of them. */
  focusAreas: readonly FocusArea[];
  agreementsPath: string;
  /** After a never-adopted draft is deleted. */
  onRemoved: (agreement: Agreement) => void;
}

/** One agreement: status, metadata, sections, commitments, signatories; edit, adopt, revise, terminate; versions and their differences. */
export function AgreementPage({ collaborationId, agreementId, canEdit, canTerminate, parties, focusAreas, agreementsPath, onRemoved }: AgreementPageProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const agreement = useAgreement(collaborationId, agreementId);
  // Held here, not in the form: adopting ends the draft, which unmounts the form before its callbacks would run.
  const adopt = useAdoptAgreement(collaborationId, agreementId);
  const revise = useReviseAgreement(collaborationId, agreementId);
  const terminate = useTerminateAgreement(collaborationId, agreementId);
  const remove = useRemoveAgreement(collaborationId, agreementId);
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [terminatedOn, setTerminatedOn] = useState(() => todayInSweden());
  const editButton = useRef<HTMLButtonElement>(null);

  if (agreement.isPending) return <Loading />;
  if (agreement.isError) {
    return (
      <>
        <PageHeading title={t('errors.pageTitle')}>{t('errors.pageTitle')}</PageHeading>
        <ErrorSummary error={agreement.error} />
        <p>
          <Link to={agreementsPath}>{t('agreements.back')}</Link>
        </p>
      </>
    );
  }

  const data = agreement.data;
  const content = data.content;
  const partyName = (id: string | null) => (id === null ? t('agreements.joint') : (parties.find((p) => p.id === id)?.name ?? t('agreements.unknownParty')));
  const metadata = metadataKeys.filter((key) => content.metadata[key]);
  const isDraft = !data.adopted;
  const terminated = data.terminatedOn !== null;

  return (
    <>
      <p className="breadcrumb">
        <Link to={agreementsPath}>{t('agreements.back')}</Link>
      </p>
      <PageHeading title={data.title}>{data.title}</PageHeading>
      <AgreementStatusBadge status={data.status} withText />
      <dl className="summary-list summary-list--compact">
        <div>
          <dt>{t('agreements.kind')}</dt>
          <dd>{t(`agreements.kinds.${data.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('agreements.validity')}</dt>
          <dd>{data.validityText?.[lang] ?? t('agreements.noValidity')}</dd>
        </div>
        <div>
          <dt>{t('agreements.currentVersion')}</dt>
          <dd>{isDraft ? t('agreements.draftOf', { number: data.currentVersion }) : t('agreements.versionNumber', { number: data.currentVersion })}</dd>
        </div>
        {data.adoptedVersion ? (
          <div>
            <dt>{t('agreements.adoptedOn')}</dt>
            <dd>{data.adoptedVersion.adoptedOn}</dd>
          </div>
        ) : null}
        {terminated ? (
          <div>
            <dt>{t('agreements.terminatedOn')}</dt>
            <dd>{data.terminatedOn}</dd>
          </div>
        ) : null}
      </dl>

      <StatusMessage message={note} />
      {canEdit ? (
        <div className="page-actions">
          {isDraft && !editing ? (
            <Button
              ref={editButton}
              variant="secondary"
              onClick={() => {
                setNote('');
                setEditing(true);
              }}
            >
              {t('agreements.editDraft')}
            </Button>
          ) : null}
          {!isDraft && !terminated ? (
            <Button
              variant="secondary"
              disabled={revise.isPending}
              onClick={() => revise.mutate({ version: data.version }, { onSuccess: () => setNote(t('agreements.revised')) })}
            >
              {t('agreements.revise')}
            </Button>
          ) : null}
          {canTerminate && isDraft && data.adoptedVersion === null ? (
            <ConfirmButton
              label={t('agreements.removeDraft')}
              question={t('agreements.removeDraftQuestion', { title: data.title })}
              confirmLabel={t('agreements.removeDraftConfirm')}
              busy={remove.isPending}
              onConfirm={() => remove.mutate(undefined, { onSuccess: () => onRemoved(data) })}
            />
          ) : null}
        </div>
      ) : null}
      {revise.error ? <ErrorSummary error={revise.error} /> : null}
      {remove.error ? <ErrorSummary error={remove.error} /> : null}

      {editing ? (
        <EditAgreementForm
          collaborationId={collaborationId}
          agreement={data}
          parties={parties}
          focusAreas={focusAreas}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setNote(t('agreements.saved'));
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : null}
      {canEdit && isDraft && !editing ? <AdoptForm adopt={adopt} agreement={data} onAdopted={() => setNote(t('agreements.adopted'))} /> : null}

      <section className="section" aria-labelledby="agreement-metadata-heading">
        <h2 id="agreement-metadata-heading">{t('agreements.metadataHeading')}</h2>
        {metadata.length === 0 ? (
          <p>{t('agreements.noMetadata')}</p>
        ) : (
          <dl className="summary-list">
            {metadata.map((key) => (
              <div key={key}>
                <dt>{t(`agreements.meta.${key}`)}</dt>
                <dd>{content.metadata[key]}</dd>
              </div>
            ))}
          </dl>
        )}
        {content.parties.length ? (
          <>
            <h3>{t('agreements.parties')}</h3>
            <ul>
              {content.parties.map((id) => (
                <li key={id}>{partyName(id)}</li>
              ))}
            </ul>
          </>
        ) : null}
        {content.focusAreaIds.length ? (
          <>
            <h3>{t('agreements.focusAreas')}</h3>
            <ul>
              {content.focusAreaIds.map((id) => (
                <li key={id}>{focusAreas.find((a) => a.id === id)?.name ?? t('common.empty')}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      {sectionKeys.map((key) =>
        content.sections[key] ? (
          <section key={key} className="section" aria-labelledby={`agreement-section-${key}`}>
            <h2 id={`agreement-section-${key}`}>{t(`agreements.sections.${key}`)}</h2>
            {paragraphsOf(content.sections[key]).map((paragraph, i) => (
              <p key={i} className="pre-line">
                {paragraph}
              </p>
            ))}
          </section>
        ) : null,
      )}

      <section className="section" aria-labelledby="agreement-commitments-heading">
        <h2 id="agreement-commitments-heading">{t('agreements.commitments')}</h2>
        {content.commitments.length === 0 ? (
          <p>{t('agreements.noCommitments')}</p>
        ) : (
          [...new Set(content.commitments.map((c) => c.partyId))].map((partyId) => (
            <div key={partyId ?? 'joint'}>
              <h3>{partyId === null ? t('agreements.edit.jointCommitments') : partyName(partyId)}</h3>
              <ul>
                {content.commitments
                  .filter((c) => c.partyId === partyId)
                  .map((c, i) => (
                    <li key={i} className="pre-line">
                      {c.text}
                    </li>
                  ))}
              </ul>
            </div>
          ))
        )}
      </section>

      <section className="section" aria-labelledby="agreement-signatories-heading">
        <h2 id="agreement-signatories-heading">{t('agreements.signatories')}</h2>
        {content.signatories.length === 0 ? (
          <p>{t('agreements.noSignatories')}</p>
        ) : (
          <ul>
            {content.signatories.map((s, i) => (
              <li key={i}>
                {[s.name, s.title, s.organisation || (s.organisationId ? partyName(s.organisationId) : '')].filter(Boolean).join(', ')}
                {s.place || s.date ? ` (${[s.place, s.date].filter(Boolean).join(' ')})` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>

      <VersionsSection collaborationId={collaborationId} agreement={data} />

      {canTerminate && !isDraft && !terminated ? (
        <section className="section panel" aria-labelledby="terminate-heading">
          <h2 id="terminate-heading">{t('agreements.terminateHeading')}</h2>
          <ErrorSummary error={terminate.error} fieldIds={{ terminatedOn: 'terminated-on' }} />
          <TextField
            id="terminated-on"
            label={t('agreements.terminatedOn')}
            hint={t('agreements.terminatedOnHint')}
            type="date"
            value={terminatedOn}
            onChange={(e) => setTerminatedOn(e.target.value)}
            error={fieldErrorsOf(terminate.error).terminatedOn}
          />
          <ConfirmButton
            label={t('agreements.terminate')}
            question={t('agreements.terminateQuestion', { title: data.title })}
            confirmLabel={t('agreements.terminateConfirm')}
            busy={terminate.isPending}
            onConfirm={() => terminate.mutate({ version: data.version, terminatedOn }, { onSuccess: () => setNote(t('agreements.terminated')) })}
          />
        </section>
      ) : null}
    </>
  );
}

function AdoptForm({ adopt, agreement, onAdopted }: { adopt: ReturnType<typeof useAdoptAgreement>; agreement: Agreement; onAdopted: () => void }) {
  const { t } = useTranslation();
  const [adoptedOn, setAdoptedOn] = useState(() => todayInSweden());

  function submit(event: FormEvent) {
    event.preventDefault();
    if (adopt.isPending) return;
    adopt.mutate({ version: agreement.version, adoptedOn }, { onSuccess: onAdopted });
  }

  return (
    <section className="section panel" aria-labelledby="adopt-heading">
      <h2 id="adopt-heading">{t('agreements.adoptHeading')}</h2>
      <ErrorSummary error={adopt.error} fieldIds={{ adoptedOn: 'adopted-on', 'content.validity': 'adopted-on' }} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="adopted-on"
          label={t('agreements.adoptedOn')}
          type="date"
          required
          value={adoptedOn}
          onChange={(e) => setAdoptedOn(e.target.value)}
          error={fieldErrorsOf(adopt.error).adoptedOn}
        />
        <div className="form__actions">
          <Button type="submit">{adopt.isPending ? t('common.saving') : t('agreements.adopt')}</Button>
        </div>
      </form>
    </section>
  );
}

function VersionsSection({ collaborationId, agreement }: { collaborationId: string; agreement: Agreement }) {
  const { t } = useTranslation();
  const versions = useAgreementVersions(collaborationId, agreement.id);
  const list = versions.data ?? [];
  const choices = [...list.map((v) => String(v.number)), ...(agreement.adopted ? [] : ['draft'])];
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [compare, setCompare] = useState<{ from: string; to: string } | null>(null);
  const diff = useAgreementDiff(collaborationId, agreement.id, compare);
  const label = (choice: string) => (choice === 'draft' ? t('agreements.draft') : t('agreements.versionNumber', { number: choice }));
  const fromValue = from || choices[choices.length - 2] || '';
  const toValue = to || choices[choices.length - 1] || '';

  return (
    <section className="section" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('agreements.versions')}</h2>
      {versions.isPending ? <Loading /> : null}
      {versions.isError ? <ErrorSummary error={versions.error} /> : null}
      {versions.data?.length === 0 ? <p>{t('agreements.noVersions')}</p> : null}
      {list.length ? (
        <ul>
          {list.map((v) => (
            <li key={v.number}>
              {t('agreements.versionLine', { number: v.number, date: v.adoptedOn, by: v.adoptedBy?.displayName ?? t('common.empty') })}
            </li>
          ))}
        </ul>
      ) : null}
      {choices.length >= 2 ? (
        <>
          <h3 id="compare-heading">{t('agreements.compare')}</h3>
          <form
            className="form"
            aria-labelledby="compare-heading"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              setCompare({ from: fromValue, to: toValue });
            }}
          >
            <div className="form__row">
              <SelectField id="compare-from" label={t('agreements.compareFrom')} value={fromValue} onChange={(e) => setFrom(e.target.value)}>
                {choices.map((c) => (
                  <option key={c} value={c}>
                    {label(c)}
                  </option>
                ))}
              </SelectField>
              <SelectField id="compare-to" label={t('agreements.compareTo')} value={toValue} onChange={(e) => setTo(e.target.value)}>
                {choices.map((c) => (
                  <option key={c} value={c}>
                    {label(c)}
                  </option>
                ))}
              </SelectField>
            </div>
            <div className="form__actions">
              <Button type="submit">{t('agreements.compareButton')}</Button>
            </div>
          </form>
          {diff.isFetching ? <Loading /> : null}
          {diff.isError ? <ErrorSummary error={diff.error} /> : null}
          {diff.data ? (
            <section aria-label={t('agreements.diffLabel', { from: label(compare?.from ?? ''), to: label(compare?.to ?? '') })}>
              <AgreementDiffView diff={diff.data} />
            </section>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
