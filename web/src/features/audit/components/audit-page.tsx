import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import type { AuditEvent } from '../../../lib/api-types.js';
import { formatDateTime } from '../../../lib/format.js';
import { auditActions, auditEntityTypes, useAuditEvents, type AuditFilters } from '../api/get-audit-events.js';
import { AuditDiff } from './audit-diff.js';
import { AuditFiltersForm } from './audit-filters.js';

const filterKeys = ['entityType', 'action', 'from', 'to'] as const;

function subjectOf(event: AuditEvent): string {
  for (const side of [event.after, event.before]) {
    if (typeof side === 'object' && side !== null) {
      const record = side as Record<string, unknown>;
      for (const key of ['email', 'name', 'displayName', 'title', 'what', 'filename', 'occurredOn']) {
        const value = record[key];
        if (typeof value === 'string' && value) return value;
      }
    }
  }
  return event.entityId;
}

export function AuditPage({ collaborationId }: { collaborationId: string }) {
  const { t } = useTranslation();
  // Filters live in the address, so a filtered view can be bookmarked and the back button works.
  const [searchParams, setSearchParams] = useSearchParams();
  const filters: AuditFilters = Object.fromEntries(filterKeys.map((key) => [key, searchParams.get(key) || undefined]));
  const audit = useAuditEvents(collaborationId, filters);
  const events = audit.data?.pages.flatMap((page) => page.events) ?? [];

  const actionLabel = (action: string) =>
    (auditActions as readonly string[]).includes(action) ? t(`audit.actions.${action as (typeof auditActions)[number]}`) : action;
  const entityLabel = (type: string) =>
    (auditEntityTypes as readonly string[]).includes(type) ? t(`audit.entity.${type as (typeof auditEntityTypes)[number]}`) : type;

  return (
    <>
      <PageHeading title={t('audit.title')}>{t('audit.title')}</PageHeading>
      <p className="muted-text">{t('audit.intro')}</p>
      <AuditFiltersForm
        key={searchParams.toString()}
        filters={filters}
        onApply={(next) => {
          const params = new URLSearchParams();
          for (const key of filterKeys) {
            const value = next[key];
            if (value) params.set(key, value);
          }
          setSearchParams(params);
        }}
      />
      {audit.isPending ? <Loading /> : null}
      {audit.isError ? <ErrorSummary error={audit.error} /> : null}
      {audit.data ? (
        <>
          <p role="status" className="muted-text">
            {t('audit.shown', { count: events.length })}
          </p>
          {events.length ? (
            <TableRegion labelledBy="audit-caption">
              <table className="table table--stack" role="table">
                <caption id="audit-caption" className="visually-hidden">
                  {t('audit.caption')}
                </caption>
                <thead role="rowgroup">
                  <tr role="row">
                    <th scope="col" role="columnheader">{t('audit.time')}</th>
                    <th scope="col" role="columnheader">{t('audit.who')}</th>
                    <th scope="col" role="columnheader">{t('audit.action')}</th>
                    <th scope="col" role="columnheader">{t('audit.what')}</th>
                    <th scope="col" role="columnheader">{t('audit.changes')}</th>
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  {events.map((event) => (
                    <tr role="row" key={event.id}>
                      <td role="cell" data-label={t('audit.time')} className="nowrap">
                        <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                      </td>
                      <td role="cell" data-label={t('audit.who')}>{event.actorLabel}</td>
                      <td role="cell" data-label={t('audit.action')}>{actionLabel(event.action)}</td>
                      <td role="cell" data-label={t('audit.what')}>
                        {t('audit.subject', { type: entityLabel(event.entityType), subject: subjectOf(event) })}
                      </td>
                      <td role="cell">
                        <AuditDiff event={event} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          ) : (
            <p>{t('audit.none')}</p>
          )}
          {audit.hasNextPage ? (
            <p>
              <Button
                variant="secondary"
                aria-disabled={audit.isFetchingNextPage || undefined}
                onClick={() => {
                  if (!audit.isFetchingNextPage) void audit.fetchNextPage();
                }}
              >
                {audit.isFetchingNextPage ? t('common.loading') : t('audit.more')}
              </Button>
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
