import { useTranslation } from 'react-i18next';
import { memberRoles } from '../../../lib/roles.js';

/** <option>s for the four roles, lowest first, with their Swedish names. */
export function RoleOptions() {
  const { t } = useTranslation();
  return (
    <>
      {memberRoles.map((role) => (
        <option key={role} value={role}>
          {t(`roles.${role}`)}
        </option>
      ))}
    </>
  );
}
