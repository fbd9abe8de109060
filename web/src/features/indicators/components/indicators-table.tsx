import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../../components/ui/table-region.js';
import type { Indicator } from '../../../lib/api-types.js';
import { IndicatorStatusBadge, useValueWithPeriod } from './indicator-status.js';

/**
 * The indicators as a table (a card per indicator on a phone): direction and status in words, values with their
 * period. With `nameHref` each name links to the indicator's section.
 */
export function IndicatorsTable({ indicators, captionId, nameHref }: { indicators: Indicator[]; captionId: string; nameHref?: (indicator: Indicator) => string }) {
  const { t } = useTranslation();
  const withPeriod = useValueWithPeriod();
  return (
    <TableRegion labelledBy={captionId}>
      <table className="table table--stack" role="table">
        <caption id={captionId} className="visually-hidden">
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
          {indicators.map((i) => (
            <tr role="row" key={i.id}>
              <th scope="row" role="rowheader">
                {nameHref ? <a href={nameHref(i)}>{i.name}</a> : i.name}
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
  );
}
