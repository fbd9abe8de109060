import { useTranslation } from 'react-i18next';
import type { AgreementStatusName, AgreementSummary } from '../../../lib/api-types.js';

const tones: Record<AgreementStatusName, string> = {
  utkast: 'not-started',
  gallande: 'green',
  'loper-snart-ut': 'yellow',
  utgangen: 'unmeasurable',
  uppsagd: 'red',
};

/** A shape per status (pencil in a dashed circle, circle with a tick, triangle, empty circle, octagon), never colour alone. */
function AgreementStatusIcon({ status }: { status: AgreementStatusName }) {
  const tone = tones[status];
  return (
    <svg className={`status-icon status-icon--${tone}`} viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      {status === 'utkast' ? (
        <>
          <circle cx="10" cy="10" r="8.5" className="status-icon__outline" />
          <path d="M6 14l1-3 6-6 2 2-6 6z" className="status-icon__mark status-icon__mark--dark" />
        </>
      ) : null}
      {status === 'gallande' ? (
        <>
          <circle cx="10" cy="10" r="9" />
          <path d="M5.5 10.5l3 3 6-7" className="status-icon__mark" />
        </>
      ) : null}
      {status === 'loper-snart-ut' ? (
        <>
          <path d="M10 1.5l9 16.5H1z" />
          <path d="M10 7v5.5M10 15v.5" className="status-icon__mark" />
        </>
      ) : null}
      {status === 'utgangen' ? (
        <>
          <circle cx="10" cy="10" r="8.5" className="status-icon__outline" />
          <path d="M6 10h8" className="status-icon__mark status-icon__mark--dark" />
        </>
      ) : null}
      {status === 'uppsagd' ? (
        <>
          <path d="M6 1h8l5 5v8l-5 5H6l-5-5V6z" />
          <path d="M6.5 6.5l7 7M13.5 6.5l-7 7" className="status-icon__mark" />
        </>
      ) : null}
    </svg>
  );
}

/** "Gällande" with its shape, and optionally the sentence ("Gäller tills vidare"). */
export function AgreementStatusBadge({ status, withText = false }: { status: AgreementSummary['status']; withText?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  return (
    <p className={`status status--${tones[status.status]}`}>
      <span className="status__badge">
        <AgreementStatusIcon status={status.status} />
        <span className="status__label">{t(`agreements.statuses.${status.status}`)}</span>
      </span>
      {withText ? <span className="status__detail">{status.text[lang]}</span> : null}
    </p>
  );
}
