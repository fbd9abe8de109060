import { useTranslation } from 'react-i18next';
import { ShowOnceSecret } from '../../../components/ui/show-once-secret.js';
import type { CreatedToken } from '../../../lib/api-types.js';

/** The API key's secret is shown once. */
export function CreatedTokenNotice({ created, onDismiss }: { created: CreatedToken; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <ShowOnceSecret
      idPrefix="created-token"
      value={created.secret}
      onDismiss={onDismiss}
      texts={{
        heading: t('tokens.createdHeading', { name: created.token.name }),
        warning: t('tokens.onceWarning'),
        label: t('tokens.secretLabel'),
        hint: t('tokens.secretHint'),
        copy: t('tokens.copy'),
        copied: t('tokens.copied'),
        copyFailed: t('tokens.copyFailed'),
        dismiss: t('tokens.dismiss'),
      }}
    />
  );
}
