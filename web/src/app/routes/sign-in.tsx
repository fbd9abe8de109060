import { Navigate, useLocation, useNavigate } from 'react-router';
import { Loading } from '../../components/ui/loading.js';
import { useSession } from '../../features/auth/api/get-session.js';
import { SignInPage } from '../../features/auth/components/sign-in-page.js';
import { paths } from '../paths.js';

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  // Only paths inside this app: never an address somewhere else.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : paths.home;
}

export function SignInRoute() {
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const target = returnPath(location.state);

  if (session.isPending) return <Loading />;
  if (session.data) return <Navigate to={target} replace />;
  return <SignInPage onSignedIn={() => navigate(target, { replace: true })} />;
}
