import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { RadioGroup, TextField } from '../../../components/ui/field.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { ApiToken, CreatedToken } from '../../../lib/api-types.js';
import { formatDateTime } from '../../../lib/format.js';
import { useCreateToken } from '../api/create-token.js';
import { useTokens } from '../api/get-tokens.js';
import { useRevokeToken } from '../api/revoke-token.js';
import { CreatedTokenNotice } from './created-token-notice.js';

type Scope = ApiToken['scope'];

export function TokensPage({ collaborationId }: { collaborationId: string }) {
  const { t } = useTranslation();
  const tokens = useTokens(collaborationId);
  const create = useCreateToken(collaborationId);
  const revoke = useRevokeToken(collaborationId);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<Scope>('read');
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [note, setNote] = useState('');
  const fieldErrors = fieldErrorsOf(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    setNote('');
    create.mutate(
      { name, scope },
      {
        onSuccess: (result) => {
          setName('');
          setScope('read');
          setCreated(result);
        },
      },
    );
  }

  return (
    <>
      <PageHeading title={t('tokens.title')}>{t('tokens.title')}</PageHeading>
      <p className="muted-text">{t('tokens.intro')}</p>

      {created ? (
        <CreatedTokenNotice
          created={created}
          onDismiss={() => {
            setCreated(null);
            document.getElementById('token-name')?.focus();
          }}
        />
      ) : null}

      <StatusMessage message={note} />
      {revoke.error ? <ErrorSummary error={revoke.error} /> : null}

      <section className="section" aria-labelledby="tokens-list-heading">
        <h2 id="tokens-list-heading" tabIndex={-1}>{t('tokens.listHeading')}</h2>
        {tokens.isPending ? <Loading /> : null}
        {tokens.isError ? <ErrorSummary error={tokens.error} /> : null}
        {tokens.data?.length === 0 ? <p>{t('tokens.none')}</p> : null}
        {tokens.data?.length ? (
          <TableRegion labelledBy="tokens-caption">
            <table className="table table--stack" role="table">
              <caption id="tokens-caption" className="visually-hidden">
                {t('tokens.caption')}
              </caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">{t('tokens.name')}</th>
                  <th scope="col" role="columnheader">{t('tokens.scope')}</th>
                  <th scope="col" role="columnheader">{t('tokens.prefix')}</th>
                  <th scope="col" role="columnheader">{t('tokens.createdAt')}</th>
                  <th scope="col" role="columnheader">{t('tokens.lastUsedAt')}</th>
                  <th scope="col" role="columnheader">{t('tokens.status')}</th>
                  <th scope="col" role="columnheader">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {tokens.data.map((token) => (
                  <tr role="row" key={token.id}>
                    <th scope="row" role="rowheader">{token.name}</th>
                    <td role="cell" data-label={t('tokens.scope')}>{t(`tokens.scopes.${token.scope}`)}</td>
                    <td role="cell" data-label={t('tokens.prefix')} className="mono">{t('tokens.prefixShown', { prefix: token.prefix })}</td>
                    <td role="cell" data-label={t('tokens.createdAt')} className="nowrap">{formatDateTime(token.createdAt)}</td>
                    <td role="cell" data-label={t('tokens.lastUsedAt')} className="nowrap">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('tokens.neverUsed')}</td>
                    <td role="cell" data-label={t('tokens.status')}>{token.revokedAt ? t('tokens.revokedAt', { at: formatDateTime(token.revokedAt) }) : t('tokens.active')}</td>
                    <td role="cell">
                      {token.revokedAt ? null : (
                        <ConfirmButton
                          label={t('tokens.revoke')}
                          accessibleLabel={t('tokens.revokeNamed', { name: token.name })}
                          question={t('tokens.revokeQuestion', { name: token.name })}
                          confirmLabel={t('tokens.revokeConfirm')}
                          busy={revoke.isPending}
                          onConfirm={() =>
                            revoke.mutate(token.id, {
                              onSuccess: () => {
                                setNote(t('tokens.revoked', { name: token.name }));
                                document.getElementById('tokens-list-heading')?.focus();
                              },
                            })
                          }
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : null}
      </section>

      <section className="section panel" aria-labelledby="token-create-heading">
        <h2 id="token-create-heading">{t('tokens.createHeading')}</h2>
        <ErrorSummary error={create.error} fieldIds={{ name: 'token-name' }} />
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            id="token-name"
            label={t('tokens.name')}
            hint={t('tokens.nameHint')}
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fieldErrors.name}
          />
          <RadioGroup<Scope>
            name="token-scope"
            legend={t('tokens.scope')}
            value={scope}
            onChange={setScope}
            options={[
              { value: 'read', label: t('tokens.scopeDescriptions.read') },
              { value: 'write', label: t('tokens.scopeDescriptions.write') },
            ]}
            error={fieldErrors.scope}
          />
          <div className="form__actions">
            <Button type="submit">{create.isPending ? t('common.saving') : t('tokens.create')}</Button>
          </div>
        </form>
      </section>
    </>
  );
}
