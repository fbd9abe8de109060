import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { useIndicators } from '../api/get-indicators.js';
import { IndicatorsTable } from './indicators-table.js';

/**
 * "Indikatorer" on the follow-up page: the collaboration's indicators with their latest values and status. Names
 * are plain text (the page's links are its activities); one link leads to the indicators page.
 */
export function IndicatorsOverview({ collaborationId, indicatorsPath }: { collaborationId: string; indicatorsPath: string }) {
  const { t } = useTranslation();
  const indicators = useIndicators(collaborationId);
  if (indicators.isPending || indicators.data?.length === 0) return null;
  return (
    <section className="section" aria-labelledby="indicators-overview-heading">
      <h2 id="indicators-overview-heading">{t('indicators.overview.heading')}</h2>
      <p className="muted-text">{t('indicators.overview.intro')}</p>
      {indicators.isError ? <ErrorSummary error={indicators.error} /> : null}
      {indicators.data ? <IndicatorsTable indicators={indicators.data} captionId="indicators-overview-caption" /> : null}
      <p>
        <Link to={indicatorsPath}>{t('indicators.overview.link')}</Link>
      </p>
    </section>
  );
}
