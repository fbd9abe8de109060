import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { useErrorText, type LocalizedText } from '../../../lib/api-errors.js';
import type { Locale } from '../../../lib/api-types.js';
import { applyLocale, currentLocale } from '../../../lib/i18n.js';
import { useUpdateMe } from '../api/update-me.js';

/**
 * One button naming the other language in that language ("English" / "Svenska").
 * Signed in, the choice is saved on the account; signed out, in this browser only.
 */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const updateMe = useUpdateMe();
  const [problem, setProblem] = useState<LocalizedText | null>(null);
  const other: Locale = currentLocale() === 'sv' ? 'en' : 'sv';

  async function switchLanguage() {
    setProblem(null);
    await applyLocale(other);
    if (signedIn) updateMe.mutate({ locale: other }, { onError: (error) => setProblem(errorText(error)) });
  }

  return (
    <div className="language-switch">
      <Button variant="quiet" lang={other} onClick={() => void switchLanguage()}>
        {t('language.switchTo')}
      </Button>
      {problem ? (
        <p role="alert" className="language-switch__error">
          {t('language.notSaved')} <span lang={problem.lang}>{problem.text}</span>
        </p>
      ) : null}
    </div>
  );
}
