import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { useIndicators } from '../api/get-indicators.js';
import { CreateIndicatorForm } from './indicator-forms.js';
import type { IndicatorFieldsProps } from './indicator-fields.js';
import { IndicatorSection } from './indicator-section.js';
import { IndicatorsTable } from './indicators-table.js';

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
        <IndicatorsTable indicators={indicators.data} captionId="indicators-caption" nameHref={(i) => `#indicator-${i.id}`} />
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
