import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import { useIndicators } from '../api/get-indicators.js';
import { CreateIndicatorForm } from './indicator-forms.js';
import type { IndicatorFieldsProps } from './indicator-fields.js';
import { IndicatorSection } from './indicator-section.js';
import { IndicatorStatusBadge, useValueWithPeriod } from './indicator-status.js';

interface IndicatorsPageProps extends Pick<IndicatorFieldsProps, 'collaborationId' | 'focusAreas' | 'plans' | 'series'> {
  /** Coordinators create, change, adopt and delete indicators. */
  canEdit: boolean;
  /** Contributors and up enter the values of manual indicators. */
  canEnterValues: boolean;
}

/** "Indikatorer": what the collaboration measures, against which baseline and target, and how it is going. */
export function IndicatorsPage({ collaborationId, focusAreas, plans, series, canEdit, canEnterValues }: IndicatorsPageProps) {
  const { t } = useTranslation();
  const indicators = useIndicators(collaborationId);
  const withPeriod = useValueWithPeriod();
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const context = { collaborationId, focusAreas, plans, series };

  return (
    <>
      <PageHeading title={t('indicators.title')}>{t('indicators.title')}</PageHeading>
      <p className="muted-text">{t('indicators.intro')}</p>
      <details className="details details--compact">
        <summary>{t('indicators.rule.summary')}</summary>
        <p>{t('indicators.rule.text')}</p>
      </details>
      <StatusMessage message={message} />
      {indicators.isPending ? <Loading /> : null}
      {indicators.isError ? <ErrorSummary error={indicators.error} /> : null}
      {indicators.data?.length === 0 ? <p>{t('indicators.none')}</p> : null}
      {indicators.data?.length ? (
        <TableRegion labelledBy="indicators-caption">
          <table className="table table--stack" role="table">
            <caption id="indicators-caption" className="visually-hidden">
              {t('indicators.listCaption')}
            </caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('indicators.columns.name')}</th>
                <th scope="col" role="columnheader">{t('indicators.columns.unit')}</th>
                <th scope="col" role="columnheader">{t('indicators.columns.direction')}</th>
                <th scope="col" role="columnheader">{t('indicators.columns.baseline')}</th>
                <th scope="col" role="columnheader">{t('indicators.columns.target')}</th>
                <th scope="col" role="columnheader">{t('indicators.columns.latest')}</th>
                <th scope="col" role="columnheader">{t('indicators.columns.status')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {indicators.data.map((i) => (
                <tr role="row" key={i.id}>
                  <th scope="row" role="rowheader">
                    <a href={`#indicator-${i.id}`}>{i.name}</a>
                  </th>
                  <td role="cell" data-label={t('indicators.columns.unit')}>{i.unit || t('common.empty')}</td>
                  <td role="cell" data-label={t('indicators.columns.direction')}>{t(`indicators.directions.${i.direction}`)}</td>
                  <td role="cell" data-label={t('indicators.columns.baseline')}>{withPeriod(i.baselineValue, i.baselinePeriod)}</td>
                  <td role="cell" data-label={t('indicators.columns.target')}>{withPeriod(i.targetValue, i.targetPeriod)}</td>
                  <td role="cell" data-label={t('indicators.columns.latest')}>{i.status.latest ? withPeriod(i.status.latest.value, i.status.latest.period) : t('common.empty')}</td>
                  <td role="cell" data-label={t('indicators.columns.status')}>
                    <IndicatorStatusBadge status={i.status.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {canEdit && !creating ? (
        <div className="form__actions">
          <Button onClick={() => setCreating(true)}>{t('indicators.createHeading')}</Button>
        </div>
      ) : null}
      {canEdit && creating ? (
        <CreateIndicatorForm
          context={context}
          onCancel={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setMessage(t('indicators.created', { name: created.name }));
          }}
        />
      ) : null}
      {indicators.data?.map((i) => (
        <IndicatorSection key={i.id} context={context} indicator={i} canEdit={canEdit} canEnterValues={canEnterValues} onMessage={setMessage} />
      ))}
    </>
  );
}
