import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EditRemoveActions } from '../../../components/ui/edit-remove-actions.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import type { Group, Organisation } from '../../../lib/api-types.js';
import { todayInSweden } from '../../../lib/format.js';
import { useGroup } from '../api/get-group.js';
import { useRemoveGroup } from '../api/remove-group.js';
import { EditGroupForm } from './edit-group-form.js';
import { GroupMembersSection } from './group-members-section.js';
import { GroupStateBadge, groupStateOf, useGroupValidityText } from './group-validity.js';

interface GroupPageProps {
  collaborationId: string;
  groupId: string;
  canEdit: boolean;
  parties: readonly Organisation[];
  groupsPath: string;
  onRemoved: (group: Group) => void;
}

/** One group: kind, validity, mandate, uppdragsbeskrivning and members; coordinators edit and delete. */
export function GroupPage({ collaborationId, groupId, canEdit, parties, groupsPath, onRemoved }: GroupPageProps) {
  const { t } = useTranslation();
  const group = useGroup(collaborationId, groupId);
  const remove = useRemoveGroup(collaborationId);
  const validityText = useGroupValidityText();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);

  if (group.isPending) return <Loading />;
  if (group.isError) {
    return (
      <>
        <PageHeading title={t('errors.pageTitle')}>{t('errors.pageTitle')}</PageHeading>
        <ErrorSummary error={group.error} />
        <p>
          <Link to={groupsPath}>{t('groups.back')}</Link>
        </p>
      </>
    );
  }

  const data = group.data;
  const state = groupStateOf(data, todayInSweden());
  return (
    <>
      <p className="breadcrumb">
        <Link to={groupsPath}>{t('groups.back')}</Link>
      </p>
      <PageHeading title={data.name}>{data.name}</PageHeading>
      <GroupStateBadge state={state} />
      <dl className="summary-list summary-list--compact">
        <div>
          <dt>{t('groups.kind')}</dt>
          <dd>{t(`groups.kinds.${data.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('groups.validityHeading')}</dt>
          <dd>{validityText(data)}</dd>
        </div>
      </dl>

      {canEdit ? (
        <EditRemoveActions
          editLabel={t('groups.edit')}
          editing={editing}
          editButtonRef={editButton}
          onEdit={() => {
            setNote('');
            setEditing(true);
          }}
          removeLabel={t('groups.remove')}
          removeQuestion={t('groups.removeQuestion', { name: data.name })}
          removeConfirmLabel={t('groups.removeConfirm')}
          removing={remove.isPending}
          onRemove={() => remove.mutate(data.id, { onSuccess: () => onRemoved(data) })}
        />
      ) : null}
      {remove.error ? <ErrorSummary error={remove.error} /> : null}
      <StatusMessage message={note} />

      {editing ? (
        <EditGroupForm
          collaborationId={collaborationId}
          group={data}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setNote(t('groups.saved'));
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : null}

      <section className="section" aria-labelledby="group-mandate-heading">
        <h2 id="group-mandate-heading">{t('groups.mandate')}</h2>
        <p className="pre-line">{data.mandate || t('groups.noMandate')}</p>
      </section>
      <section className="section" aria-labelledby="group-assignment-heading">
        <h2 id="group-assignment-heading">{t('groups.assignment')}</h2>
        <p className="pre-line">{data.assignment || t('groups.noAssignment')}</p>
      </section>

      <GroupMembersSection collaborationId={collaborationId} group={data} canEdit={canEdit} parties={parties} />
    </>
  );
}
