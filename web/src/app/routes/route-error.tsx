import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/ui/page-heading.js';
import { paths } from '../paths.js';

/** A page crashed while rendering: say so plainly and offer a way out (a full reload starts clean). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('errors.pageTitle')}>{t('errors.pageTitle')}</PageHeading>
      <p>{t('errors.crashed')}</p>
      <p>
        <a href={paths.home}>{t('notFound.back')}</a>
      </p>
    </>
  );
}
