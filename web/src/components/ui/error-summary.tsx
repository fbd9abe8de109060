import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, useErrorText } from '../../lib/api-errors.js';

interface ErrorSummaryProps {
  error: unknown;
  /** Server field path (without "body.") → id of the input that shows it, for the links in the list. */
  fieldIds?: Record<string, string>;
  /** Texts for the English interface in this situation, by error code. */
  overrides?: Parameters<ReturnType<typeof useErrorText>>[1];
}

/**
 * What went wrong with a form, announced at once and focused, with links to each field in error
 * (the fields themselves show the same text next to them).
 */
export function ErrorSummary({ error, fieldIds = {}, overrides }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);

  if (!error) return null;
  const message = errorText(error, overrides);
  const fields = Object.entries(fieldErrorsOf(error));
  return (
    <div ref={ref} className="alert alert--error" role="alert" tabIndex={-1}>
      <p className="alert__title">{t('common.errorTitle')}</p>
      <p lang={message.lang}>{message.text}</p>
      {fields.length ? (
        <ul className="alert__list">
          {fields.map(([field, problem]) => {
            const target = fieldIds[field];
            return (
              <li key={field} lang={problem.lang}>
                {target ? (
                  <a
                    href={`#${target}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(target)?.focus();
                    }}
                  >
                    {problem.text}
                  </a>
                ) : (
                  problem.text
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
