import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.js';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { EditRemoveActions } from '../../../components/ui/edit-remove-actions.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import type { CitizenPromise, FocusArea, Organisation, PromiseItem } from '../../../lib/api-types.js';
import { formatPeriod } from '../../../lib/format.js';
import { useOrganisationLabel } from '../../../lib/organisation-label.js';
import { usePromise } from '../api/get-promise.js';
import { useRemovePromise } from '../api/remove-promise.js';
import { useRemovePromiseItem } from '../api/remove-promise-item.js';
import { ActivityPicker, type PlanActivities } from './activity-picker.js';
import { EditPromiseForm } from './edit-promise-form.js';
import { PromiseItemForm } from './promise-item-form.js';

interface PromisePageProps {
  collaborationId: string;
  promiseId: string;
  canEdit: boolean;
  parties: readonly Organisation[];
  focusAreas: readonly FocusArea[];
  /** The collaboration's plans with their activities; undefined while they load. */
  plans: readonly PlanActivities[] | undefined;
  promisesPath: string;
  activityPath: (activityId: string) => string;
  onRemoved: (promise: CitizenPromise) => void;
}

type OpenForm = { itemId: string; form: 'edit' | 'activities' } | null;

const itemButtonId = (itemId: string, form: 'edit' | 'activities') => `promise-item-${form}-${itemId}`;

/** One medborgarlöfte: each promise with who promises, its focus area and the plan activities that deliver it. */
export function PromisePage({ collaborationId, promiseId, canEdit, parties, focusAreas, plans, promisesPath, activityPath, onRemoved }: PromisePageProps) {
  const { t } = useTranslation();
  const promise = usePromise(collaborationId, promiseId);
  const removePromise = useRemovePromise(collaborationId);
  const removeItem = useRemovePromiseItem(collaborationId);
  const [editing, setEditing] = useState(false);
  const [open, setOpen] = useState<OpenForm>(null);
  const [note, setNote] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);

  if (promise.isPending) return <Loading />;
  if (promise.isError) {
    return (
      <>
        <PageHeading title={t('errors.pageTitle')}>{t('errors.pageTitle')}</PageHeading>
        <ErrorSummary error={promise.error} />
        <p>
          <Link to={promisesPath}>{t('promises.back')}</Link>
        </p>
      </>
    );
  }

  const data = promise.data;
  const municipalities = parties.filter((p) => p.kind === 'kommun');
  const unlinked = data.items.filter((i) => i.activities.length === 0).length;

  function closeForm(itemId: string, form: 'edit' | 'activities', message: string | null) {
    setOpen(null);
    if (message) setNote(message);
    requestAnimationFrame(() => document.getElementById(itemButtonId(itemId, form))?.focus());
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to={promisesPath}>{t('promises.back')}</Link>
      </p>
      <PageHeading title={data.title}>{data.title}</PageHeading>
      <dl className="summary-list summary-list--compact">
        <div>
          <dt>{t('promises.municipality')}</dt>
          <dd>{data.municipalityName}</dd>
        </div>
        <div>
          <dt>{t('promises.period')}</dt>
          <dd>{formatPeriod(data.periodStart, data.periodEnd)}</dd>
        </div>
        <div>
          <dt>{t('promises.itemCount')}</dt>
          <dd>{data.items.length}</dd>
        </div>
      </dl>
      {data.effects.trim() ? (
        <section aria-labelledby="promise-effects">
          <h2 id="promise-effects">{t('promises.effects')}</h2>
          <ul>
            {data.effects
              .split('\n')
              .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
              .filter(Boolean)
              .map((line, i) => (
                <li key={i}>{line}</li>
              ))}
          </ul>
        </section>
      ) : null}

      {canEdit ? (
        <EditRemoveActions
          editLabel={t('promises.edit')}
          editing={editing}
          editButtonRef={editButton}
          onEdit={() => {
            setNote('');
            setEditing(true);
          }}
          removeLabel={t('promises.remove')}
          removeQuestion={t('promises.removeQuestion', { title: data.title })}
          removeConfirmLabel={t('promises.removeConfirm')}
          removing={removePromise.isPending}
          onRemove={() => removePromise.mutate(data.id, { onSuccess: () => onRemoved(data) })}
        />
      ) : null}
      {removePromise.error ? <ErrorSummary error={removePromise.error} /> : null}
      <StatusMessage message={note} />

      {editing ? (
        <EditPromiseForm
          collaborationId={collaborationId}
          promise={data}
          municipalities={municipalities}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setNote(t('promises.saved'));
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : null}

      <section className="section" aria-labelledby="promise-items-heading">
        <h2 id="promise-items-heading" tabIndex={-1}>
          {t('promises.items')}
        </h2>
        {unlinked > 0 ? <p>{t('promises.unlinkedSummary', { count: unlinked, total: data.items.length })}</p> : null}
        {removeItem.error ? <ErrorSummary error={removeItem.error} /> : null}
        {data.items.length === 0 ? <p>{t('promises.noItems')}</p> : null}
        <ol className="promise-list">
          {data.items.map((item, index) => (
            <li key={item.id} className="card">
              <PromiseItemView item={item} number={index + 1} parties={parties} focusAreas={focusAreas} plans={plans} activityPath={activityPath} />
              {canEdit ? (
                <div className="row-actions">
                  <Button
                    id={itemButtonId(item.id, 'edit')}
                    variant="secondary"
                    aria-label={t('promises.editItemNamed', { number: index + 1 })}
                    onClick={() => {
                      setNote('');
                      setOpen({ itemId: item.id, form: 'edit' });
                    }}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    id={itemButtonId(item.id, 'activities')}
                    variant="secondary"
                    aria-label={t('promises.linkNamed', { number: index + 1 })}
                    onClick={() => {
                      setNote('');
                      setOpen({ itemId: item.id, form: 'activities' });
                    }}
                  >
                    {t('promises.link')}
                  </Button>
                  <ConfirmButton
                    label={t('common.remove')}
                    accessibleLabel={t('promises.removeItemNamed', { number: index + 1 })}
                    question={t('promises.removeItemQuestion', { number: index + 1 })}
                    confirmLabel={t('promises.removeItemConfirm')}
                    busy={removeItem.isPending}
                    onConfirm={() => {
                      setNote('');
                      removeItem.mutate(item.id, {
                        onSuccess: () => {
                          if (open?.itemId === item.id) setOpen(null);
                          setNote(t('promises.itemRemoved', { number: index + 1 }));
                          document.getElementById('promise-items-heading')?.focus();
                        },
                      });
                    }}
                  />
                </div>
              ) : null}
              {canEdit && open?.itemId === item.id && open.form === 'edit' ? (
                <PromiseItemForm
                  collaborationId={collaborationId}
                  promiseId={data.id}
                  item={{ item, number: index + 1 }}
                  parties={parties}
                  focusAreas={focusAreas}
                  onDone={(saved) => closeForm(item.id, 'edit', saved ? t('promises.itemSaved', { number: index + 1 }) : null)}
                />
              ) : null}
              {canEdit && open?.itemId === item.id && open.form === 'activities' ? (
                <ActivityPicker
                  collaborationId={collaborationId}
                  item={item}
                  number={index + 1}
                  plans={plans}
                  onDone={(saved) => closeForm(item.id, 'activities', saved ? t('promises.linksSaved', { number: index + 1 }) : null)}
                />
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {canEdit ? (
        <PromiseItemForm
          collaborationId={collaborationId}
          promiseId={data.id}
          item={null}
          parties={parties}
          focusAreas={focusAreas}
          onDone={(saved) => {
            if (saved) setNote(t('promises.itemAdded'));
          }}
        />
      ) : null}
    </>
  );
}

interface PromiseItemViewProps {
  item: PromiseItem;
  number: number;
  parties: readonly Organisation[];
  focusAreas: readonly FocusArea[];
  plans: readonly PlanActivities[] | undefined;
  activityPath: (activityId: string) => string;
}

/** The promise as citizens read it, with who promises, the focus area and the activities behind it. */
function PromiseItemView({ item, number, parties, focusAreas, plans, activityPath }: PromiseItemViewProps) {
  const { t } = useTranslation();
  const organisationLabel = useOrganisationLabel();
  const partyNames = parties.filter((p) => item.partyIds.includes(p.id)).map(organisationLabel);
  const focusArea = focusAreas.find((f) => f.id === item.focusAreaId)?.name;
  const planTitle = (planId: string) => plans?.find((p) => p.id === planId)?.title;
  return (
    <>
      <h3 className="card__title">{t('promises.itemNumber', { number })}</h3>
      <p className="pre-line">{item.text}</p>
      <dl className="summary-list">
        <div>
          <dt>{t('promises.parties')}</dt>
          <dd>{partyNames.length ? partyNames.join(', ') : t('common.empty')}</dd>
        </div>
        <div>
          <dt>{t('promises.focusArea')}</dt>
          <dd>{focusArea ?? t('promises.noFocusArea')}</dd>
        </div>
        <div>
          <dt>{t('promises.activities')}</dt>
          <dd>
            {item.activities.length === 0 ? (
              <span className="badge badge--warning">
                <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
                  <path d="M10 2l8.5 15.5h-17z" />
                  <path d="M10 8v4.5M10 14.5v.5" />
                </svg>
                {t('promises.noActivityLinked')}
              </span>
            ) : (
              <ul className="plain-list">
                {item.activities.map((activity) => {
                  const plan = planTitle(activity.planId);
                  return (
                    <li key={activity.id}>
                      <Link to={activityPath(activity.id)}>{activity.what}</Link>
                      {plan ? <span className="muted"> ({plan})</span> : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </>
  );
}
