import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { RadioGroup, TextField } from '../../../components/ui/field.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { CalendarFeed, CreatedCalendarFeed } from '../../../lib/api-types.js';
import { formatDateTime } from '../../../lib/format.js';
import { useCreateCalendarFeed } from '../api/create-calendar-feed.js';
import { useCalendarFeeds } from '../api/get-calendar-feeds.js';
import { useRevokeCalendarFeed } from '../api/revoke-calendar-feed.js';
import { CreatedFeedNotice } from './created-feed-notice.js';

type Kind = 'personal' | 'shared';

/**
 * Kalender: every member makes personal feeds (their organisation's activities and all deadlines);
 * administrators also the collaboration's shared feed, and see and revoke every feed.
 */
export function CalendarPage({ collaborationId, isAdmin }: { collaborationId: string; isAdmin: boolean }) {
  const { t } = useTranslation();
  const feeds = useCalendarFeeds(collaborationId);
  const create = useCreateCalendarFeed(collaborationId);
  const revoke = useRevokeCalendarFeed(collaborationId);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('personal');
  const [created, setCreated] = useState<CreatedCalendarFeed | null>(null);
  const [note, setNote] = useState('');
  const fieldErrors = fieldErrorsOf(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    setNote('');
    create.mutate(
      { name, personal: !isAdmin || kind === 'personal' },
      {
        onSuccess: (result) => {
          setName('');
          setKind('personal');
          setCreated(result);
        },
      },
    );
  }

  function kindOf(feed: CalendarFeed) {
    if (!feed.personal) return t('calendar.shared');
    return isAdmin && feed.owner ? t('calendar.personalOf', { name: feed.owner.displayName }) : t('calendar.personal');
  }

  return (
    <>
      <PageHeading title={t('calendar.title')}>{t('calendar.title')}</PageHeading>
      <p>{t('calendar.intro')}</p>
      <p>{t('calendar.contents')}</p>
      <p>{t('calendar.subscribe')}</p>

      {created ? (
        <CreatedFeedNotice
          created={created}
          onDismiss={() => {
            setCreated(null);
            document.getElementById('calendar-feed-name')?.focus();
          }}
        />
      ) : null}

      <StatusMessage message={note} />
      {revoke.error ? <ErrorSummary error={revoke.error} /> : null}

      <section className="section" aria-labelledby="calendar-list-heading">
        <h2 id="calendar-list-heading" tabIndex={-1}>
          {isAdmin ? t('calendar.listHeadingAll') : t('calendar.listHeadingOwn')}
        </h2>
        {feeds.isPending ? <Loading /> : null}
        {feeds.isError ? <ErrorSummary error={feeds.error} /> : null}
        {feeds.data?.length === 0 ? <p>{t('calendar.none')}</p> : null}
        {feeds.data?.length ? (
          <TableRegion labelledBy="calendar-caption">
            <table className="table table--stack" role="table">
              <caption id="calendar-caption" className="visually-hidden">
                {t('calendar.caption')}
              </caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">{t('calendar.name')}</th>
                  <th scope="col" role="columnheader">{t('calendar.kind')}</th>
                  <th scope="col" role="columnheader">{t('calendar.createdAt')}</th>
                  <th scope="col" role="columnheader">{t('calendar.lastUsedAt')}</th>
                  <th scope="col" role="columnheader">{t('calendar.status')}</th>
                  <th scope="col" role="columnheader">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {feeds.data.map((feed) => (
                  <tr role="row" key={feed.id}>
                    <th scope="row" role="rowheader">{feed.name}</th>
                    <td role="cell" data-label={t('calendar.kind')}>{kindOf(feed)}</td>
                    <td role="cell" data-label={t('calendar.createdAt')} className="nowrap">{formatDateTime(feed.createdAt)}</td>
                    <td role="cell" data-label={t('calendar.lastUsedAt')} className="nowrap">
                      {feed.lastUsedAt ? formatDateTime(feed.lastUsedAt) : t('calendar.neverUsed')}
                    </td>
                    <td role="cell" data-label={t('calendar.status')}>
                      {feed.revokedAt ? t('calendar.revokedAt', { at: formatDateTime(feed.revokedAt) }) : t('calendar.active')}
                    </td>
                    <td role="cell">
                      {feed.revokedAt ? null : (
                        <ConfirmButton
                          label={t('calendar.revoke')}
                          accessibleLabel={t('calendar.revokeNamed', { name: feed.name })}
                          question={t('calendar.revokeQuestion', { name: feed.name })}
                          confirmLabel={t('calendar.revokeConfirm')}
                          busy={revoke.isPending}
                          onConfirm={() =>
                            revoke.mutate(feed.id, {
                              onSuccess: () => {
                                if (created?.feed.id === feed.id) setCreated(null);
                                setNote(t('calendar.revoked', { name: feed.name }));
                                document.getElementById('calendar-list-heading')?.focus();
                              },
                            })
                          }
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : null}
      </section>

      <section className="section panel" aria-labelledby="calendar-create-heading">
        <h2 id="calendar-create-heading">{t('calendar.createHeading')}</h2>
        <ErrorSummary error={create.error} fieldIds={{ name: 'calendar-feed-name' }} />
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            id="calendar-feed-name"
            label={t('calendar.name')}
            hint={t('calendar.nameHint')}
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fieldErrors.name}
          />
          {isAdmin ? (
            <RadioGroup<Kind>
              name="calendar-feed-kind"
              legend={t('calendar.kind')}
              value={kind}
              onChange={setKind}
              options={[
                { value: 'personal', label: t('calendar.kindDescriptions.personal') },
                { value: 'shared', label: t('calendar.kindDescriptions.shared') },
              ]}
              error={fieldErrors.personal}
            />
          ) : (
            <p className="muted-text">{t('calendar.personalOnly')}</p>
          )}
          <div className="form__actions">
            <Button type="submit">{create.isPending ? t('common.saving') : t('calendar.create')}</Button>
          </div>
        </form>
      </section>
    </>
  );
}
