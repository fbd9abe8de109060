import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from '../locales/en.json' with { type: 'json' };
import sv from '../locales/sv.json' with { type: 'json' };
import type { Locale } from './api-types.js';

// Both locale files must hold exactly the same keys: each has to fit the other's type.
const englishHasEveryKey: typeof sv = en;
const swedishHasEveryKey: typeof en = sv;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
  }
}

const storageKey = 'samverkan.locale';

function storedLocale(): Locale {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: swedishHasEveryKey }, en: { translation: englishHasEveryKey } },
  lng: storedLocale(),
  fallbackLng: 'sv',
  supportedLngs: ['sv', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
});

// Screen readers pick their voice from <html lang>.
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export function currentLocale(): Locale {
  return i18n.language === 'en' ? 'en' : 'sv';
}

/** The interface language, re-rendering the caller when it changes. */
export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  return instance.language === 'en' ? 'en' : 'sv';
}

/** Switches the interface language and remembers it for the sign-in page. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode without storage: the choice still holds for this visit.
  }
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

export { i18n };
