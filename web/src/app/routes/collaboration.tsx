import { useTranslation } from 'react-i18next';
import { Outlet, useOutletContext, useParams } from 'react-router';
import { ErrorSummary } from '../../components/ui/error-summary.js';
import { Loading } from '../../components/ui/loading.js';
import { PageHeading } from '../../components/ui/page-heading.js';
import { useCollaboration } from '../../features/collaborations/api/get-collaboration.js';
import { ApiError } from '../../lib/api-client.js';
import type { Collaboration } from '../../lib/api-types.js';
import { NotFoundRoute } from './not-found.js';

/** Loads the collaboration in the address once, for every page under /samverkan/:id. */
export function CollaborationRoute() {
  const { t } = useTranslation();
  const { collaborationId = '' } = useParams();
  const collaboration = useCollaboration(collaborationId);

  if (collaboration.isPending) return <Loading />;
  if (collaboration.isError) {
    if (collaboration.error instanceof ApiError && collaboration.error.status === 404) return <NotFoundRoute />;
    return (
      <>
        <PageHeading title={t('errors.pageTitle')}>{t('errors.pageTitle')}</PageHeading>
        <ErrorSummary error={collaboration.error} />
      </>
    );
  }
  return <Outlet context={collaboration.data} />;
}

export function useCollaborationContext(): Collaboration {
  return useOutletContext<Collaboration>();
}
