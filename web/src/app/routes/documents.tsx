import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DocumentsPage } from '../../features/documents/components/documents-page.js';
import { documentKinds, type DocumentKind } from '../../features/documents/api/document-exports.js';
import { roleAtLeast } from '../../lib/roles.js';
import { paths } from '../paths.js';
import { useCollaborationContext } from './collaboration.js';

export function DocumentsRoute() {
  const collaboration = useCollaborationContext();
  const [search] = useSearchParams();
  const typ = search.get('typ');
  const initialKind = documentKinds.find((k) => k === typ) ?? null;
  const subjectId = search.get('id');
  return (
    <DocumentsPage
      key={`${collaboration.id}-${initialKind ?? ''}`}
      collaborationId={collaboration.id}
      canCreate={roleAtLeast(collaboration.myRole, 'coordinator')}
      initialKind={initialKind as DocumentKind | null}
      subjectId={initialKind && subjectId ? subjectId : null}
    />
  );
}

/** The small "Exportera" link under the agreement and plan pages, to the Dokument page with the kind chosen. */
export function ExportLink({ kind, subjectId }: { kind: DocumentKind; subjectId: string }) {
  const collaboration = useCollaborationContext();
  const { t } = useTranslation();
  return (
    <p className="section">
      <Link to={`${paths.documents(collaboration.id, kind)}&id=${encodeURIComponent(subjectId)}`}>{t('documents.export')}</Link>
    </p>
  );
}
