import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../lib/api-types.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';

/** "No organisation" and then each party of the collaboration. */
export function PartyOptions({ parties }: { parties: readonly Organisation[] }) {
  const { t } = useTranslation();
  const organisationLabel = useOrganisationLabel();
  return (
    <>
      <option value="">{t('members.noOrganisation')}</option>
      {parties.map((party) => (
        <option key={party.id} value={party.id}>
          {organisationLabel(party)}
        </option>
      ))}
    </>
  );
}
