export type StatusTone = 'green' | 'yellow' | 'red' | 'count' | 'unmeasurable' | 'not-started';

/** A shape per status (circle with a tick, triangle with "!", octagon with a cross …), so colour is never the only signal. */
export function StatusIcon({ tone }: { tone: StatusTone }) {
  return (
    <svg className={`status-icon status-icon--${tone}`} viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      {tone === 'green' ? (
        <>
          <circle cx="10" cy="10" r="9" />
          <path d="M5.5 10.5l3 3 6-7" className="status-icon__mark" />
        </>
      ) : null}
      {tone === 'yellow' ? (
        <>
          <path d="M10 1.5l9 16.5H1z" />
          <path d="M10 7v5.5M10 15v.5" className="status-icon__mark" />
        </>
      ) : null}
      {tone === 'red' ? (
        <>
          <path d="M6 1h8l5 5v8l-5 5H6l-5-5V6z" />
          <path d="M6.5 6.5l7 7M13.5 6.5l-7 7" className="status-icon__mark" />
        </>
      ) : null}
      {tone === 'count' ? (
        <>
          <rect x="1.5" y="1.5" width="17" height="17" rx="3" />
          <path d="M6 5v10M10 5v10M14 5v10" className="status-icon__mark" />
        </>
      ) : null}
      {tone === 'unmeasurable' ? (
        <>
          <circle cx="10" cy="10" r="8.5" className="status-icon__outline" />
          <path d="M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5V12M10 14.8v.4" className="status-icon__mark status-icon__mark--dark" />
        </>
      ) : null}
      {tone === 'not-started' ? (
        <>
          <circle cx="10" cy="10" r="8.5" className="status-icon__outline" />
          <path d="M10 5v5l3 2" className="status-icon__mark status-icon__mark--dark" />
        </>
      ) : null}
    </svg>
  );
}
