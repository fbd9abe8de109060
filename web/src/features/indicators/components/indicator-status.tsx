import { useTranslation } from 'react-i18next';
import { StatusIcon, type StatusTone } from '../../../components/ui/status-icon.js';
import type { IndicatorStatusName } from '../../../lib/api-types.js';
import { useLocale } from '../../../lib/i18n.js';

const tones: Record<IndicatorStatusName, StatusTone> = {
  achieved: 'green',
  improving: 'yellow',
  not_improving: 'red',
  not_achieved: 'red',
  off_target: 'red',
  no_data: 'not-started',
  no_target: 'unmeasurable',
};

/** "Uppnått", "På väg", "Ingen förbättring" … as a word with its shape, never colour alone. */
export function IndicatorStatusBadge({ status }: { status: IndicatorStatusName }) {
  const { t } = useTranslation();
  return (
    <p className={`status status--${tones[status]}`}>
      <span className="status__badge">
        <StatusIcon tone={tones[status]} />
        <span className="status__label">{t(`indicators.statuses.${status}`)}</span>
      </span>
    </p>
  );
}

const formats = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** Numbers as the interface language writes them ("1 432,1" / "1,432.1"); "–" for none. */
export function useIndicatorNumber(): (value: number | null) => string {
  const locale = useLocale();
  return (value) => (value === null ? '–' : formats[locale === 'en' ? 'en' : 'sv'].format(value));
}

/** "78 (2024)": a value with the period it refers to. */
export function useValueWithPeriod(): (value: number | null, period: string | null) => string {
  const format = useIndicatorNumber();
  return (value, period) => (value === null ? '–' : period ? `${format(value)} (${period})` : format(value));
}
