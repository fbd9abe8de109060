import { useTranslation } from 'react-i18next';
import type { LogEntry } from '../../../lib/api-types.js';

/** "Endast Skellefteå": only members acting for that organisation ever receive the entry. */
export function RestrictedBadge({ restricted }: { restricted: NonNullable<LogEntry['restricted']> }) {
  const { t } = useTranslation();
  return (
    <span className="badge badge--restricted">
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <rect x="2.5" y="7" width="11" height="8" rx="1.5" />
        <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" />
      </svg>
      {t('log.restrictedTo', { organisation: restricted.organisationName })}
    </span>
  );
}
