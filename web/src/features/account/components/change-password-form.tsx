import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { FieldErrorText, TextField } from '../../../components/ui/field.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { currentLocale } from '../../../lib/i18n.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import { useChangePassword } from '../api/change-password.js';

const fieldIds = { currentPassword: 'current-password', newPassword: 'new-password', repeat: 'repeat-password' };

export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [saved, setSaved] = useState(false);
  const fieldErrors = fieldErrorsOf(change.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (change.isPending) return;
    setSaved(false);
    // The only check made here: a typo in the new password would lock the user out.
    if (newPassword !== repeat) {
      setMismatch(true);
      change.reset();
      document.getElementById(fieldIds.repeat)?.focus();
      return;
    }
    setMismatch(false);
    change.mutate(
      { currentPassword: hasPassword ? currentPassword : undefined, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setRepeat('');
          setSaved(true);
        },
      },
    );
  }

  const mismatchText = { text: t('account.passwordMismatch'), lang: currentLocale() };
  return (
    <section className="section panel" aria-labelledby="password-heading">
      <h2 id="password-heading">{hasPassword ? t('account.passwordHeading') : t('account.passwordHeadingNew')}</h2>
      <p className="muted-text">{t('account.passwordIntro')}</p>
      <ErrorSummary error={change.error} fieldIds={fieldIds} />
      <StatusMessage message={saved ? t('account.passwordSaved') : null} />
      <form className="form" onSubmit={submit} noValidate>
        {hasPassword ? (
          <TextField
            id={fieldIds.currentPassword}
            type="password"
            label={t('account.currentPassword')}
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.target.value)}
            error={fieldErrors.currentPassword}
          />
        ) : null}
        <TextField
          id={fieldIds.newPassword}
          type="password"
          label={t('account.newPassword')}
          hint={t('account.newPasswordHint')}
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={fieldErrors.newPassword}
        />
        <TextField
          id={fieldIds.repeat}
          type="password"
          label={t('account.repeatPassword')}
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={mismatch ? mismatchText : undefined}
        />
        {mismatch ? (
          <div role="alert" className="visually-hidden">
            <FieldErrorText id="repeat-password-alert" error={mismatchText} />
          </div>
        ) : null}
        <div className="form__actions">
          <Button type="submit">{change.isPending ? t('common.saving') : t('account.changePassword')}</Button>
        </div>
      </form>
    </section>
  );
}
