import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { SelectField, TextField } from '../../../components/ui/field.js';
import { Loading } from '../../../components/ui/loading.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import { formatDateTime } from '../../../lib/format.js';
import { usePoliceEvents, type PoliceEventFilter } from '../api/get-police-events.js';

/** Polisen's API gives addresses on its own site ("/aktuellt/händelser/…"). */
export function policeEventUrl(url: string | null): string | null {
  if (!url) return null;
  if (url.startsWith('/')) return `https://polisen.se${url}`;
  return /^https?:\/\//.test(url) ? url : null;
}

/** "Polisens händelser": the latest imported events, filtered by type and dates (applied with "Visa", not on change). */
export function PoliceEventsSection({ collaborationId }: { collaborationId: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Required<PoliceEventFilter>>({ type: '', from: '', to: '' });
  const [filter, setFilter] = useState<PoliceEventFilter>({});
  const dates = { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}) };
  // The type choices come from the events of the chosen days (the same request when no type is chosen).
  const ofDays = usePoliceEvents(collaborationId, dates);
  const events = usePoliceEvents(collaborationId, filter);
  const types = [...new Set([...(ofDays.data ?? []).map((e) => e.type), ...(filter.type ? [filter.type] : [])])].sort((a, b) => a.localeCompare(b, 'sv'));

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter({
      ...(draft.type ? { type: draft.type } : {}),
      ...(draft.from ? { from: draft.from } : {}),
      ...(draft.to ? { to: draft.to } : {}),
    });
  }

  return (
    <section className="section" aria-labelledby="situation-events-heading">
      <h2 id="situation-events-heading">{t('situation.events.heading')}</h2>
      <form className="form form--inline" onSubmit={apply} noValidate aria-label={t('situation.events.filter')}>
        <SelectField id="situation-events-type" label={t('situation.events.type')} value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value })}>
          <option value="">{t('situation.events.allTypes')}</option>
          {types.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </SelectField>
        <TextField id="situation-events-from" label={t('situation.events.from')} type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        <TextField id="situation-events-to" label={t('situation.events.to')} type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        <div className="form__actions">
          <Button type="submit" variant="secondary">
            {t('situation.events.apply')}
          </Button>
        </div>
      </form>
      {events.isPending ? <Loading /> : null}
      {events.isError ? <ErrorSummary error={events.error} /> : null}
      <div role="status">{events.data ? <p>{t('situation.events.count', { count: events.data.length })}</p> : null}</div>
      {events.data?.length ? (
        <TableRegion labelledBy="situation-events-caption">
          <table className="table table--stack" role="table">
            <caption id="situation-events-caption" className="visually-hidden">
              {t('situation.events.caption')}
            </caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('situation.events.time')}</th>
                <th scope="col" role="columnheader">{t('situation.events.type')}</th>
                <th scope="col" role="columnheader">{t('situation.events.place')}</th>
                <th scope="col" role="columnheader">{t('situation.events.summary')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {events.data.map((e) => {
                const url = policeEventUrl(e.url);
                return (
                  <tr role="row" key={e.id}>
                    <th scope="row" role="rowheader" className="nowrap">
                      {formatDateTime(e.occurredAt)}
                    </th>
                    <td role="cell" data-label={t('situation.events.type')} lang="sv">{e.type}</td>
                    <td role="cell" data-label={t('situation.events.place')} lang="sv">{e.locationName || t('common.empty')}</td>
                    <td role="cell" data-label={t('situation.events.summary')}>
                      <span lang="sv">{e.summary || e.name}</span>
                      {url ? (
                        <>
                          {' '}
                          <a href={url} target="_blank" rel="noreferrer">
                            {t('situation.events.readMore')}
                            <span className="visually-hidden">: {e.name}</span>
                          </a>
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </section>
  );
}
