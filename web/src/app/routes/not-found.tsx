import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading.js';
import { paths } from '../paths.js';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to={paths.home}>{t('notFound.back')}</Link>
      </p>
    </>
  );
}
