import { useTranslation } from 'react-i18next';
import { ShowOnceSecret } from '../../../components/ui/show-once-secret.js';
import type { CreatedCalendarFeed } from '../../../lib/api-types.js';

/** The feed's address holds its secret and is shown once. */
export function CreatedFeedNotice({ created, onDismiss }: { created: CreatedCalendarFeed; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <ShowOnceSecret
      idPrefix="created-feed"
      value={created.url}
      onDismiss={onDismiss}
      texts={{
        heading: t('calendar.createdHeading', { name: created.feed.name }),
        warning: t('calendar.onceWarning'),
        label: t('calendar.urlLabel'),
        hint: t('calendar.urlHint'),
        copy: t('calendar.copy'),
        copied: t('calendar.copied'),
        copyFailed: t('calendar.copyFailed'),
        dismiss: t('calendar.dismiss'),
      }}
    />
  );
}
