import { useTranslation } from 'react-i18next';
import type { FollowUpStatus } from '../../../lib/api-types.js';
import { StatusIcon, type StatusTone } from '../../../components/ui/status-icon.js';

export function toneOf(status: FollowUpStatus): StatusTone {
  switch (status.kind) {
    case 'measured':
      return status.colour;
    case 'count-only':
      return 'count';
    case 'not-measurable':
      return 'unmeasurable';
    case 'not-started':
      return 'not-started';
  }
}

/** The status in words and shape: "Grön – 3 av 5 hittills (mål 120 för perioden)", "Genomförd 4 gånger" … */
export function StatusBadge({ status }: { status: FollowUpStatus }) {
  const { t } = useTranslation();
  const tone = toneOf(status);
  let label: string;
  let detail: string | null;
  switch (status.kind) {
    case 'measured':
      label = t(`followUp.colours.${status.colour}`);
      detail = t('followUp.measured', { done: status.done, expected: status.expected, target: status.target });
      break;
    case 'count-only':
      label = t('followUp.countOnly', { count: status.done });
      detail = null;
      break;
    case 'not-measurable':
      label = t('followUp.kinds.notMeasurable');
      detail = `${t(`followUp.reasons.${status.reason}`)} ${t('followUp.doneSoFar', { count: status.done })}.`;
      break;
    case 'not-started':
      label = t('followUp.kinds.notStarted');
      detail = t('followUp.notStarted', { target: status.target });
      break;
  }
  return (
    <p className={`status status--${tone}`}>
      <span className="status__badge">
        <StatusIcon tone={tone} />
        <span className="status__label">{label}</span>
      </span>
      {detail ? <span className="status__detail">{detail}</span> : null}
    </p>
  );
}
