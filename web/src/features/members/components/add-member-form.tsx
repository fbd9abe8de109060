import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { SelectField, TextField } from '../../../components/ui/field.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Member, MemberRole, Organisation } from '../../../lib/api-types.js';
import { useAddMember } from '../api/add-member.js';
import { PartyOptions } from './party-options.js';
import { RoleOptions } from './role-options.js';

const fieldIds = {
  email: 'member-email',
  displayName: 'member-display-name',
  role: 'member-role',
  organisationId: 'member-organisation',
  title: 'member-title',
};

interface AddMemberFormProps {
  collaborationId: string;
  parties: readonly Organisation[];
  onAdded: (member: Member) => void;
}

export function AddMemberForm({ collaborationId, parties, onAdded }: AddMemberFormProps) {
  const { t } = useTranslation();
  const add = useAddMember(collaborationId);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<MemberRole>('viewer');
  const [organisationId, setOrganisationId] = useState('');
  const [title, setTitle] = useState('');
  const fieldErrors = fieldErrorsOf(add.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    add.mutate(
      { email, displayName: displayName.trim() || undefined, role, organisationId: organisationId || null, title },
      {
        onSuccess: (member) => {
          setEmail('');
          setDisplayName('');
          setRole('viewer');
          setOrganisationId('');
          setTitle('');
          onAdded(member);
        },
      },
    );
  }

  return (
    <section className="section panel" aria-labelledby="add-member-heading">
      <h2 id="add-member-heading">{t('members.addHeading')}</h2>
      <p className="muted-text">{t('members.addIntro')}</p>
      <ErrorSummary error={add.error} fieldIds={fieldIds} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id={fieldIds.email}
          label={t('members.email')}
          type="email"
          inputMode="email"
          autoComplete="off"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldErrors.email}
        />
        <TextField
          id={fieldIds.displayName}
          label={t('members.displayNameOptional')}
          hint={t('members.displayNameHint')}
          autoComplete="off"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={fieldErrors.displayName}
        />
        <SelectField
          id={fieldIds.role}
          label={t('members.role')}
          hint={t('members.roleHint')}
          value={role}
          onChange={(e) => setRole(e.target.value as MemberRole)}
          error={fieldErrors.role}
        >
          <RoleOptions />
        </SelectField>
        <SelectField
          id={fieldIds.organisationId}
          label={t('members.organisation')}
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          error={fieldErrors.organisationId}
        >
          <PartyOptions parties={parties} />
        </SelectField>
        <TextField
          id={fieldIds.title}
          label={t('members.titleField')}
          hint={t('members.titleHint')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fieldErrors.title}
        />
        <div className="form__actions">
          <Button type="submit">{add.isPending ? t('common.saving') : t('members.add')}</Button>
        </div>
      </form>
    </section>
  );
}
