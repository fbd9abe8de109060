import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../components/ui/alert.js';
import { PageHeading } from '../../components/ui/page-heading.js';
import { paths } from '../paths.js';

/** A page the user's role does not reach; the server would refuse it anyway. */
export function NoAccess() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('noAccess.title')}>{t('noAccess.title')}</PageHeading>
      <Alert tone="info">
        <p>{t('noAccess.text')}</p>
      </Alert>
      <p>
        <Link to={paths.home}>{t('noAccess.back')}</Link>
      </p>
    </>
  );
}
