import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { TextField } from '../../../components/ui/field.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Session } from '../../../lib/api-types.js';
import { useAuthConfig } from '../api/get-auth-config.js';
import { useSignIn } from '../api/sign-in.js';

const fieldIds = { email: 'sign-in-email', password: 'sign-in-password' };

export function SignInPage({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const config = useAuthConfig();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const fieldErrors = fieldErrorsOf(signIn.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (signIn.isPending) return;
    signIn.mutate({ email, password }, { onSuccess: onSignedIn });
  }

  const oidc = config.data?.oidc;
  return (
    <div className="narrow">
      <PageHeading title={t('signIn.title')}>{t('signIn.title')}</PageHeading>
      <p>{t('signIn.intro')}</p>
      <ErrorSummary
        error={signIn.error}
        fieldIds={fieldIds}
        overrides={{ UNAUTHENTICATED: t('signIn.wrongCredentials') }}
      />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id={fieldIds.email}
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldErrors.email}
        />
        <TextField
          id={fieldIds.password}
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldErrors.password}
        />
        <div className="form__actions">
          <Button type="submit" aria-disabled={signIn.isPending || undefined}>
            {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
          </Button>
        </div>
      </form>
      {oidc ? (
        <section className="section" aria-labelledby="sign-in-oidc">
          <h2 id="sign-in-oidc">{t('signIn.oidcHeading')}</h2>
          {/* A full page navigation: the identity provider takes over from here. */}
          <a className="button button--secondary" href={oidc.url}>
            {oidc.label}
          </a>
        </section>
      ) : null}
    </div>
  );
}
