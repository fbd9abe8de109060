import { lazy, Suspense } from 'react';
import { Loading } from '../../components/ui/loading.js';
import { roleAtLeast } from '../../lib/roles.js';
import { NoAccess } from './no-access.js';
import { useCollaborationContext } from './collaboration.js';

// The review screen runs the frequency parser (and zod) in the browser: loaded only when a coordinator opens it.
const ImportPage = lazy(() => import('../../features/document-import/components/import-page.js').then((m) => ({ default: m.ImportPage })));

export function DocumentImportRoute() {
  const collaboration = useCollaborationContext();
  if (!roleAtLeast(collaboration.myRole, 'coordinator')) return <NoAccess />;
  return (
    <Suspense fallback={<Loading />}>
      <ImportPage key={collaboration.id} collaborationId={collaboration.id} parties={collaboration.parties} />
    </Suspense>
  );
}
