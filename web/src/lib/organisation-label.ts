import { useTranslation } from 'react-i18next';
import type { Organisation } from './api-types.js';

/** "Norsjö (kommun)", "Skellefteå (lokalpolisområde)": the bare name with its kind, as one text. */
export function useOrganisationLabel(): (organisation: Pick<Organisation, 'name' | 'kind'>) => string {
  const { t } = useTranslation();
  return (organisation) => t('organisations.label', { name: organisation.name, kind: t(`organisations.kind.${organisation.kind}`) });
}
