import { AccountPage } from '../../features/account/components/account-page.js';
import { useSessionContext } from './require-session.js';

export function AccountRoute() {
  const session = useSessionContext();
  return <AccountPage key={session.user.id} user={session.user} />;
}
