import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../lib/api-types.js';
import { StatusIcon, type StatusTone } from '../../../components/ui/status-icon.js';

type Summary = Dashboard['summary'];

/** Counts per colour (always shown, also when 0) and per status without colour (when there are any). */
export function StatusSummary({ summary, labelledBy }: { summary: Summary; labelledBy?: string }) {
  const { t } = useTranslation();
  const items: { tone: StatusTone; label: string; count: number; always: boolean }[] = [
    { tone: 'green', label: t('followUp.colours.green'), count: summary.green, always: true },
    { tone: 'yellow', label: t('followUp.colours.yellow'), count: summary.yellow, always: true },
    { tone: 'red', label: t('followUp.colours.red'), count: summary.red, always: true },
    { tone: 'count', label: t('followUp.kinds.countOnly'), count: summary.countOnly, always: false },
    { tone: 'not-started', label: t('followUp.kinds.notStarted'), count: summary.notStarted, always: false },
    { tone: 'unmeasurable', label: t('followUp.kinds.notMeasurable'), count: summary.notMeasurable, always: false },
  ];
  return (
    <ul className="status-summary" aria-labelledby={labelledBy}>
      {items
        .filter((item) => item.always || item.count > 0)
        .map((item) => (
          <li key={item.tone} className={`status-summary__item status--${item.tone}`}>
            <StatusIcon tone={item.tone} />
            <span>
              {item.label}: <strong>{item.count}</strong>
            </span>
          </li>
        ))}
      <li className="status-summary__item status-summary__total">{t('followUp.summaryTotal', { count: summary.total })}</li>
    </ul>
  );
}
