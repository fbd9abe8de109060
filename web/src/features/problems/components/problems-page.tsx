import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.js';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { ErrorSummary } from '../../../components/ui/error-summary.js';
import { Loading } from '../../../components/ui/loading.js';
import { PageHeading } from '../../../components/ui/page-heading.js';
import { StatusMessage } from '../../../components/ui/status-message.js';
import type { FocusArea } from '../../../lib/api-types.js';
import { useProblems } from '../api/get-problems.js';
import { useLink } from '../api/links.js';
import { useRemoveProblem } from '../api/remove-problem.js';
import { useRemoveCause } from '../api/save-cause.js';
import { useUpdateProblem } from '../api/update-problem.js';
import { causeKinds, priorities, type ChainCause, type Problem } from '../api/types.js';
import { CauseForm } from './cause-form.js';
import { LinkActivityForm, LinkIndicatorForm, type PlanActivities } from './link-forms.js';
import { GapFlag, ProblemChain } from './problem-chain.js';
import { ProblemForm } from './problem-form.js';

interface ProblemsPageProps {
  collaborationId: string;
  canEdit: boolean;
  /** The lägesbild the list is narrowed to (`?lagesbild=`), or null for all problems. */
  reportId: string | null;
  focusAreas: readonly FocusArea[];
  /** The collaboration's plans with their activities; undefined while they load. */
  plans: readonly PlanActivities[] | undefined;
  allProblemsPath: string;
  activityPath: (activityId: string) => string;
}

type OpenForm =
  | { problemId: string; form: 'edit' | 'add-cause' | 'link-activity' | 'link-indicator' }
  | { problemId: string; form: 'edit-cause'; cause: ChainCause }
  | null;

const buttonId = (problemId: string, form: string) => `problem-${form}-${problemId}`;

/** "Problem och orsaker": the prioritised problems, each with its whole chain problem → orsak → aktivitet → indikator. */
export function ProblemsPage({ collaborationId, canEdit, reportId, focusAreas, plans, allProblemsPath, activityPath }: ProblemsPageProps) {
  const { t } = useTranslation();
  const problems = useProblems(collaborationId, reportId);
  const removeProblem = useRemoveProblem(collaborationId);
  const removeCause = useRemoveCause(collaborationId);
  const link = useLink(collaborationId);
  const reorder = useUpdateProblem(collaborationId);
  const [open, setOpen] = useState<OpenForm>(null);
  const [note, setNote] = useState('');
  // After a move the list re-renders with the new order; focus goes back to the moved problem's button then.
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);

  useEffect(() => {
    if (!focusAfterMove) return;
    const button = document.getElementById(focusAfterMove);
    if (button) {
      button.focus();
      setFocusAfterMove(null);
    }
  }, [focusAfterMove, problems.data]);

  if (problems.isPending) return <Loading />;
  const title = t('problems.title');
  if (problems.isError) {
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        <ErrorSummary error={problems.error} />
      </>
    );
  }
  const list = problems.data;

  function openForm(next: NonNullable<OpenForm>) {
    setNote('');
    setOpen(next);
  }

  /** Closes the open form, says what happened and returns focus to the button that opened it. */
  function closeForm(returnTo: string, message: string | null) {
    setOpen(null);
    if (message) setNote(message);
    requestAnimationFrame(() => document.getElementById(returnTo)?.focus());
  }

  /** Swaps the problem with its neighbour within its priority: the group is renumbered and each changed row saved with If-Match. */
  async function move(group: readonly Problem[], index: number, step: -1 | 1) {
    const target = index + step;
    const moved = group[index];
    if (!moved || target < 0 || target >= group.length || reorder.isPending) return;
    const order = [...group];
    order.splice(index, 1);
    order.splice(target, 0, moved);
    setNote('');
    try {
      for (const [i, p] of order.entries()) {
        if (p.sortOrder !== i) await reorder.mutateAsync({ problemId: p.id, version: p.version, changes: { sortOrder: i } });
      }
      setNote(t('problems.moved', { title: moved.title, place: target + 1, count: group.length }));
    } catch {
      // The error is shown by the mutation; the list refreshes either way.
    }
    // The moved row keeps focus: on the same button, or on the other one when it reached an end.
    setFocusAfterMove(buttonId(moved.id, target === 0 ? 'down' : target === group.length - 1 ? 'up' : step < 0 ? 'up' : 'down'));
  }

  const actionError = removeProblem.error ?? removeCause.error ?? link.error ?? reorder.error;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t('problems.intro')}</p>
      {reportId ? (
        <p>
          {t('problems.filteredByReport')} <Link to={allProblemsPath}>{t('problems.showAll')}</Link>
        </p>
      ) : null}
      <StatusMessage message={note} />
      {actionError ? <ErrorSummary error={actionError} /> : null}
      {list.length === 0 ? <p>{t('problems.empty')}</p> : null}

      {priorities.map((priority) => {
        const group = list.filter((p) => p.priority === priority);
        if (group.length === 0) return null;
        return (
          <section key={priority} className="section" aria-labelledby={`problems-${priority}`}>
            <h2 id={`problems-${priority}`} tabIndex={-1}>{t(`problems.priorityHeading.${priority}`, { count: group.length })}</h2>
            <ol className="promise-list">
              {group.map((problem, index) => {
                const uncovered = causeKinds.flatMap((k) => problem.causes[k]).filter((c) => c.activities.length === 0).length;
                const causeCount = causeKinds.reduce((n, k) => n + problem.causes[k].length, 0);
                const activityCount = causeKinds.reduce((n, k) => n + problem.causes[k].reduce((m, c) => m + c.activities.length, 0), problem.problemActivities.length);
                return (
                  <li key={problem.id} className="card">
                    <article aria-labelledby={`problem-${problem.id}-title`}>
                      <h3 id={`problem-${problem.id}-title`} className="card__title" tabIndex={-1}>
                        {problem.title}
                      </h3>
                      <dl className="summary-list summary-list--compact">
                        <div>
                          <dt>{t('problems.fields.priority')}</dt>
                          <dd>{t(`problems.priority.${problem.priority}`)}</dd>
                        </div>
                        {problem.area ? (
                          <div>
                            <dt>{t('problems.fields.area')}</dt>
                            <dd>{problem.area}</dd>
                          </div>
                        ) : null}
                        <div>
                          <dt>{t('problems.fields.focusArea')}</dt>
                          <dd>{problem.focusAreaName ?? t('problems.noFocusArea')}</dd>
                        </div>
                      </dl>
                      {problem.description ? <p className="pre-line">{problem.description}</p> : null}
                      {causeCount === 0 ? (
                        <p>
                          <GapFlag text={t('problems.gaps.noCauses')} />
                        </p>
                      ) : null}
                      {activityCount === 0 ? (
                        <p>
                          <GapFlag text={t('problems.gaps.noActivity')} />
                        </p>
                      ) : null}
                      {uncovered > 0 && activityCount > 0 ? (
                        <p>
                          <GapFlag text={t('problems.gaps.causesWithoutActivity', { count: uncovered })} />
                        </p>
                      ) : null}

                      <ProblemChain
                        problem={problem}
                        activityPath={activityPath}
                        editing={
                          canEdit
                            ? {
                                busy: link.isPending || removeCause.isPending,
                                onEditCause: (cause) => openForm({ problemId: problem.id, form: 'edit-cause', cause }),
                                onRemoveCause: (cause) =>
                                  removeCause.mutate(cause.id, { onSuccess: () => closeForm(`problem-${problem.id}-title`, t('problems.cause.removed', { description: cause.description })) }),
                                onUnlinkActivity: (a) =>
                                  link.mutate(
                                    { kind: 'unlink-activity', problemId: problem.id, activityId: a.activityId },
                                    { onSuccess: () => closeForm(`problem-${problem.id}-title`, t('problems.chain.unlinked', { name: a.what })) },
                                  ),
                                onUnlinkIndicator: (indicatorId, name) =>
                                  link.mutate(
                                    { kind: 'unlink-indicator', problemId: problem.id, indicatorId },
                                    { onSuccess: () => closeForm(`problem-${problem.id}-title`, t('problems.chain.unlinked', { name })) },
                                  ),
                              }
                            : null
                        }
                      />

                      {canEdit ? (
                        <div className="row-actions">
                          <Button id={buttonId(problem.id, 'edit')} variant="secondary" aria-label={t('problems.editNamed', { title: problem.title })} onClick={() => openForm({ problemId: problem.id, form: 'edit' })}>
                            {t('problems.edit')}
                          </Button>
                          <Button id={buttonId(problem.id, 'add-cause')} variant="secondary" aria-label={t('problems.cause.addNamed', { title: problem.title })} onClick={() => openForm({ problemId: problem.id, form: 'add-cause' })}>
                            {t('problems.cause.add')}
                          </Button>
                          <Button
                            id={buttonId(problem.id, 'link-activity')}
                            variant="secondary"
                            aria-label={t('problems.linkActivity.openNamed', { title: problem.title })}
                            onClick={() => openForm({ problemId: problem.id, form: 'link-activity' })}
                          >
                            {t('problems.linkActivity.open')}
                          </Button>
                          <Button
                            id={buttonId(problem.id, 'link-indicator')}
                            variant="secondary"
                            aria-label={t('problems.linkIndicator.openNamed', { title: problem.title })}
                            onClick={() => openForm({ problemId: problem.id, form: 'link-indicator' })}
                          >
                            {t('problems.linkIndicator.open')}
                          </Button>
                          {index > 0 ? (
                            <Button id={buttonId(problem.id, 'up')} variant="secondary" aria-label={t('problems.moveUpNamed', { title: problem.title })} onClick={() => void move(group, index, -1)}>
                              {t('problems.moveUp')}
                            </Button>
                          ) : null}
                          {index < group.length - 1 ? (
                            <Button id={buttonId(problem.id, 'down')} variant="secondary" aria-label={t('problems.moveDownNamed', { title: problem.title })} onClick={() => void move(group, index, 1)}>
                              {t('problems.moveDown')}
                            </Button>
                          ) : null}
                          <ConfirmButton
                            label={t('common.remove')}
                            accessibleLabel={t('problems.removeNamed', { title: problem.title })}
                            question={t('problems.removeQuestion', { title: problem.title })}
                            confirmLabel={t('problems.removeConfirm')}
                            busy={removeProblem.isPending}
                            onConfirm={() =>
                              removeProblem.mutate(problem.id, {
                                onSuccess: () => {
                                  setOpen(null);
                                  setNote(t('problems.removed', { title: problem.title }));
                                  document.getElementById(`problems-${priority}`)?.focus();
                                },
                              })
                            }
                          />
                        </div>
                      ) : null}

                      {canEdit && open?.problemId === problem.id ? (
                        open.form === 'edit' ? (
                          <ProblemForm
                            collaborationId={collaborationId}
                            problem={problem}
                            reportId={reportId}
                            focusAreas={focusAreas}
                            onDone={(saved) => closeForm(buttonId(problem.id, 'edit'), saved ? t('problems.saved', { title: saved.title }) : null)}
                          />
                        ) : open.form === 'add-cause' || open.form === 'edit-cause' ? (
                          <CauseForm
                            collaborationId={collaborationId}
                            problem={problem}
                            cause={open.form === 'edit-cause' ? open.cause : null}
                            onDone={(saved) =>
                              closeForm(
                                open.form === 'edit-cause' ? `edit-cause-${open.cause.id}-button` : buttonId(problem.id, 'add-cause'),
                                saved ? t(open.form === 'edit-cause' ? 'problems.cause.saved' : 'problems.cause.added') : null,
                              )
                            }
                          />
                        ) : open.form === 'link-activity' ? (
                          <LinkActivityForm
                            collaborationId={collaborationId}
                            problem={problem}
                            plans={plans}
                            onDone={(saved) => closeForm(buttonId(problem.id, 'link-activity'), saved ? t('problems.linkActivity.saved') : null)}
                          />
                        ) : (
                          <LinkIndicatorForm
                            collaborationId={collaborationId}
                            problem={problem}
                            onDone={(saved) => closeForm(buttonId(problem.id, 'link-indicator'), saved ? t('problems.linkIndicator.saved') : null)}
                          />
                        )
                      ) : null}
                    </article>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}

      {canEdit ? (
        <ProblemForm
          key={reportId ?? 'all'}
          collaborationId={collaborationId}
          problem={null}
          reportId={reportId}
          focusAreas={focusAreas}
          onDone={(saved) => {
            if (saved) setNote(t('problems.added', { title: saved.title }));
          }}
        />
      ) : null}
    </>
  );
}
