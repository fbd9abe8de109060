import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { useErrorText } from '../../../lib/api-errors.js';
import { useCollaborations } from '../api/get-collaborations.js';

interface CollaborationListPageProps {
  pathOf: (collaborationId: string) => string;
  /** Shown to system administrators: where to create a new collaboration. */
  createPath?: string | undefined;
}

export function CollaborationListPage({ pathOf, createPath }: CollaborationListPageProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const collaborations = useCollaborations();

  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
      {collaborations.isPending ? <Loading /> : null}
      {collaborations.isError ? (
        <Alert tone="error">
          <p lang={errorText(collaborations.error).lang}>{errorText(collaborations.error).text}</p>
        </Alert>
      ) : null}
      {collaborations.data?.length === 0 ? <p>{t('home.none')}</p> : null}
      {collaborations.data?.length ? (
        <ul className="card-list">
          {collaborations.data.map((c) => (
            <li key={c.id} className="card">
              <h2 className="card__title">
                <Link to={pathOf(c.id)}>{c.name}</Link>
              </h2>
              <p className="card__meta">{t('home.yourRole', { role: t(`roles.${c.myRole}`) })}</p>
              {c.description ? <p className="card__text">{c.description}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {createPath ? (
        <p>
          <Link className="button button--secondary" to={createPath}>
            {t('home.create')}
          </Link>
        </p>
      ) : null}
    </>
  );
}
