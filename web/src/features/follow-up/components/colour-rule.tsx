import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../lib/api-types.js';

/** "Så räknas färgerna": the server's rule, one sentence per line, in a native disclosure. */
export function ColourRule({ rule, locale }: { rule: { sv: string; en: string }; locale: Locale }) {
  const { t } = useTranslation();
  const sentences = rule[locale].split(/(?<=\.)\s+(?=["”A-ZÅÄÖ])/u);
  return (
    <details className="details colour-rule">
      <summary>{t('followUp.rule')}</summary>
      <p>{t('followUp.ruleIntro')}</p>
      <ul lang={locale}>
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </details>
  );
}
