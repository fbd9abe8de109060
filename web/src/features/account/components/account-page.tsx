import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { RadioGroup, TextField } from '../../../components/ui/field.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Locale, User } from '../../../lib/api-types.js';
import { applyLocale } from '../../../lib/i18n.js';
import { useUpdateMe } from '../api/update-me.js';
import { ChangePasswordForm } from './change-password-form.js';

export function AccountPage({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageHeading title={t('account.title')}>{t('account.title')}</PageHeading>
      <dl className="summary-list">
        <div>
          <dt>{t('account.email')}</dt>
          <dd>{user.email}</dd>
        </div>
        {user.isSystemAdmin ? (
          <div>
            <dt>{t('account.access')}</dt>
            <dd>{t('account.systemAdmin')}</dd>
          </div>
        ) : null}
      </dl>
      <ProfileForm user={user} />
      <LanguageForm user={user} />
      <ChangePasswordForm hasPassword={user.hasPassword} />
    </div>
  );
}

function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const updateMe = useUpdateMe();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [saved, setSaved] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (updateMe.isPending) return;
    setSaved(false);
    updateMe.mutate({ displayName }, { onSuccess: () => setSaved(true) });
  }

  return (
    <section className="section panel" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('account.profileHeading')}</h2>
      <ErrorSummary error={updateMe.error} fieldIds={{ displayName: 'account-display-name' }} />
      <StatusMessage message={saved ? t('account.profileSaved') : null} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="account-display-name"
          label={t('account.displayName')}
          hint={t('account.displayNameHint')}
          required
          autoComplete="name"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={fieldErrorsOf(updateMe.error).displayName}
        />
        <div className="form__actions">
          <Button type="submit">{updateMe.isPending ? t('common.saving') : t('common.save')}</Button>
        </div>
      </form>
    </section>
  );
}

function LanguageForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const updateMe = useUpdateMe();
  const [locale, setLocale] = useState<Locale>(user.locale);
  const [saved, setSaved] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (updateMe.isPending) return;
    setSaved(false);
    updateMe.mutate(
      { locale },
      {
        onSuccess: async (updated) => {
          await applyLocale(updated.locale);
          setSaved(true);
        },
      },
    );
  }

  return (
    <section className="section panel" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('account.languageHeading')}</h2>
      <ErrorSummary error={updateMe.error} />
      <StatusMessage message={saved ? t('account.languageSaved') : null} />
      <form className="form" onSubmit={submit} noValidate>
        <RadioGroup<Locale>
          name="account-locale"
          legend={t('account.languageLegend')}
          value={locale}
          onChange={setLocale}
          options={[
            { value: 'sv', label: t('language.sv'), lang: 'sv' },
            { value: 'en', label: t('language.en'), lang: 'en' },
          ]}
        />
        <div className="form__actions">
          <Button type="submit">{updateMe.isPending ? t('common.saving') : t('common.save')}</Button>
        </div>
      </form>
    </section>
  );
}
