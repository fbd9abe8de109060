import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import { TableRegion } from '../../../components/ui/table-region.js';
import { fieldErrorsOf } from '../../../lib/api-errors.js';
import type { Group } from '../../../lib/api-types.js';
import { todayInSweden } from '../../../lib/format.js';
import { useCreateGroup } from '../api/create-group.js';
import { useGroups } from '../api/get-groups.js';
import { groupBodyOf, groupFieldIds, GroupFields, newGroupDraft, type GroupDraft } from './group-fields.js';
import { GroupStateBadge, groupStateOf, useGroupValidityText } from './group-validity.js';

interface GroupsPageProps {
  collaborationId: string;
  canEdit: boolean;
  groupPath: (groupId: string) => string;
  onCreated: (group: Group) => void;
  /** A message carried over from the page the user came from (e.g. a deleted group). */
  note?: string | undefined;
}

/** "Grupper": the collaboration's organisation (styrgrupp, beredningsgrupp, arbetsgrupper, råd), and a new group for coordinators. */
export function GroupsPage({ collaborationId, canEdit, groupPath, onCreated, note }: GroupsPageProps) {
  const { t } = useTranslation();
  const groups = useGroups(collaborationId);
  const validityText = useGroupValidityText();
  const today = todayInSweden();

  return (
    <>
      <PageHeading title={t('groups.title')}>{t('groups.title')}</PageHeading>
      <p className="muted-text">{t('groups.intro')}</p>
      <StatusMessage message={note} />
      {groups.isPending ? <Loading /> : null}
      {groups.isError ? <ErrorSummary error={groups.error} /> : null}
      {groups.data?.length === 0 ? <p>{t('groups.none')}</p> : null}
      {groups.data?.length ? (
        <TableRegion labelledBy="groups-caption">
          <table className="table table--stack" role="table">
            <caption id="groups-caption" className="visually-hidden">
              {t('groups.listCaption')}
            </caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('groups.group')}</th>
                <th scope="col" role="columnheader">{t('groups.kind')}</th>
                <th scope="col" role="columnheader">{t('groups.validityHeading')}</th>
                <th scope="col" role="columnheader">{t('groups.state')}</th>
                <th scope="col" role="columnheader">{t('groups.memberCount')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {groups.data.map((group) => (
                <tr role="row" key={group.id}>
                  <th scope="row" role="rowheader">
                    <Link to={groupPath(group.id)}>{group.name}</Link>
                  </th>
                  <td role="cell" data-label={t('groups.kind')}>{t(`groups.kinds.${group.kind}`)}</td>
                  <td role="cell" data-label={t('groups.validityHeading')}>{validityText(group)}</td>
                  <td role="cell" data-label={t('groups.state')}>
                    <GroupStateBadge state={groupStateOf(group, today)} />
                  </td>
                  <td role="cell" data-label={t('groups.memberCount')}>{group.members.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {canEdit ? <CreateGroupForm collaborationId={collaborationId} onCreated={onCreated} /> : null}
    </>
  );
}

function CreateGroupForm({ collaborationId, onCreated }: { collaborationId: string; onCreated: (group: Group) => void }) {
  const { t } = useTranslation();
  const create = useCreateGroup(collaborationId);
  const [draft, setDraft] = useState<GroupDraft>(newGroupDraft);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(groupBodyOf(draft), { onSuccess: onCreated });
  }

  return (
    <section className="section panel" aria-labelledby="new-group-heading">
      <h2 id="new-group-heading">{t('groups.createHeading')}</h2>
      <ErrorSummary error={create.error} fieldIds={groupFieldIds('new-group')} />
      <form className="form" onSubmit={submit} noValidate>
        <GroupFields idPrefix="new-group" value={draft} onChange={setDraft} fieldErrors={fieldErrorsOf(create.error)} />
        <div className="form__actions">
          <Button type="submit">{create.isPending ? t('common.saving') : t('groups.create')}</Button>
        </div>
      </form>
    </section>
  );
}
