import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { CitizenPromise, Organisation } from '../../../lib/api-types.js';
import { formatPeriod, todayInSweden } from '../../../lib/format.js';
import { useCreatePromise } from '../api/create-promise.js';
import { usePromises } from '../api/get-promises.js';
import { newPromiseDraft, promiseFieldIds, PromiseFields, type PromiseDraft } from './promise-fields.js';

interface PromisesPageProps {
  collaborationId: string;
  canEdit: boolean;
  /** The kommuner among the collaboration's parties. */
  municipalities: readonly Organisation[];
  promisePath: (promiseId: string) => string;
  onCreated: (promise: CitizenPromise) => void;
  /** A message carried over from the page the user came from (e.g. deleted medborgarlöften). */
  note?: string | undefined;
}

/** Group by kommun (name order), newest period first within each. */
function byMunicipality(promises: readonly CitizenPromise[]): { id: string; name: string; promises: CitizenPromise[] }[] {
  const groups = new Map<string, { id: string; name: string; promises: CitizenPromise[] }>();
  for (const p of promises) {
    const group = groups.get(p.municipalityId) ?? { id: p.municipalityId, name: p.municipalityName, promises: [] };
    group.promises.push(p);
    groups.set(p.municipalityId, group);
  }
  const list = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  for (const g of list) g.promises.sort((a, b) => b.periodStart.localeCompare(a.periodStart) || a.title.localeCompare(b.title, 'sv'));
  return list;
}

/** "Medborgarlöften": per kommun and period, and new ones for coordinators. */
export function PromisesPage({ collaborationId, canEdit, municipalities, promisePath, onCreated, note }: PromisesPageProps) {
  const { t } = useTranslation();
  const promises = usePromises(collaborationId);
  const groups = byMunicipality(promises.data ?? []);

  return (
    <>
      <PageHeading title={t('promises.title')}>{t('promises.title')}</PageHeading>
      <p className="muted-text">{t('promises.intro')}</p>
      <StatusMessage message={note} />
      {promises.isPending ? <Loading /> : null}
      {promises.isError ? <ErrorSummary error={promises.error} /> : null}
      {promises.data?.length === 0 ? <p>{t('promises.none')}</p> : null}
      {groups.map((group) => (
        <section key={group.id} className="section" aria-labelledby={`promises-${group.id}-heading`}>
          <h2 id={`promises-${group.id}-heading`}>{group.name}</h2>
          <TableRegion labelledBy={`promises-${group.id}-caption`}>
            <table className="table table--stack" role="table">
              <caption id={`promises-${group.id}-caption`} className="visually-hidden">
                {t('promises.listCaption', { name: group.name })}
              </caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">{t('promises.promiseTitle')}</th>
                  <th scope="col" role="columnheader">{t('promises.period')}</th>
                  <th scope="col" role="columnheader">{t('promises.itemCount')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {group.promises.map((promise) => (
                  <tr role="row" key={promise.id}>
                    <th scope="row" role="rowheader">
                      <Link to={promisePath(promise.id)}>{promise.title}</Link>
                    </th>
                    <td role="cell" data-label={t('promises.period')} className="nowrap">{formatPeriod(promise.periodStart, promise.periodEnd)}</td>
                    <td role="cell" data-label={t('promises.itemCount')}>{promise.itemCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </section>
      ))}
      {canEdit ? <CreatePromiseForm collaborationId={collaborationId} municipalities={municipalities} onCreated={onCreated} /> : null}
    </>
  );
}

interface CreatePromiseFormProps {
  collaborationId: string;
  municipalities: readonly Organisation[];
  onCreated: (promise: CitizenPromise) => void;
}

function CreatePromiseForm({ collaborationId, municipalities, onCreated }: CreatePromiseFormProps) {
  const { t } = useTranslation();
  const create = useCreatePromise(collaborationId);
  const [draft, setDraft] = useState<PromiseDraft>(() => newPromiseDraft(municipalities, todayInSweden()));

  if (municipalities.length === 0) return <p>{t('promises.noMunicipality')}</p>;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(draft, { onSuccess: onCreated });
  }

  return (
    <section className="section panel" aria-labelledby="new-promise-heading">
      <h2 id="new-promise-heading">{t('promises.createHeading')}</h2>
      <ErrorSummary error={create.error} fieldIds={promiseFieldIds('new-promise')} />
      <form className="form" onSubmit={submit} noValidate>
        <PromiseFields idPrefix="new-promise" value={draft} onChange={setDraft} municipalities={municipalities} fieldErrors={fieldErrorsOf(create.error)} />
        <div className="form__actions">
          <Button type="submit">{create.isPending ? t('common.saving') : t('promises.create')}</Button>
        </div>
      </form>
    </section>
  );
}
