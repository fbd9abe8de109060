import { useLocale } from '../../../lib/i18n.js';

const formats = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** Numbers as the interface language writes them: "7 355,8" in Swedish, "7,355.8" in English. */
export function useNumberFormat(): (value: number) => string {
  const locale = useLocale();
  return (value) => formats[locale === 'en' ? 'en' : 'sv'].format(value);
}
