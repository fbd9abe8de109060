import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useOutletContext } from 'react-router';
import { Button } from '../../components/ui/button.js';
import { ErrorSummary } from '../../components/ui/error-summary.js';
import { Loading } from '../../components/ui/loading.js';
import { PageHeading } from '../../components/ui/page-heading.js';
import { useSession } from '../../features/auth/api/get-session.js';
import type { Session } from '../../lib/api-types.js';
import { paths } from '../paths.js';

/** Signed-in pages only: everyone else goes to the sign-in page and comes back afterwards. */
export function RequireSession() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();

  if (session.isPending) return <Loading />;
  if (session.isError) {
    return (
      <>
        <PageHeading title={t('errors.pageTitle')}>{t('errors.pageTitle')}</PageHeading>
        <ErrorSummary error={session.error} />
        <Button onClick={() => void session.refetch()}>{t('common.retry')}</Button>
      </>
    );
  }
  if (!session.data) return <Navigate to={paths.signIn} replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <Outlet context={session.data} />;
}

export function useSessionContext(): Session {
  return useOutletContext<Session>();
}
