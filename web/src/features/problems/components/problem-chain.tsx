import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from '../../../components/ui/confirm-button.js';
import { Button } from '../../../components/ui/button.js';
import { causeKinds, type ChainActivity, type ChainCause, type Problem } from '../api/types.js';
import { useChainWords } from './chain-words.js';

/** A gap in the chain: a warning triangle and the words. */
export function GapFlag({ text }: { text: string }) {
  return (
    <span className="badge badge--warning">
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <path d="M10 2l8.5 15.5h-17z" />
        <path d="M10 8v4.5M10 14.5v.5" />
      </svg>
      {text}
    </span>
  );
}

export interface ChainEditing {
  busy: boolean;
  onEditCause: (cause: ChainCause) => void;
  onRemoveCause: (cause: ChainCause) => void;
  onUnlinkActivity: (activity: ChainActivity) => void;
  onUnlinkIndicator: (indicatorId: string, name: string) => void;
}

interface ProblemChainProps {
  problem: Problem;
  activityPath: (activityId: string) => string;
  /** Set for coordinators: the edit controls of each link in the chain. */
  editing: ChainEditing | null;
}

/** Problem → orsaker, riskfaktorer, skyddsfaktorer → the activities working on each → the indicators, top to bottom. */
export function ProblemChain({ problem, activityPath, editing }: ProblemChainProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const words = useChainWords();

  function activities(list: readonly ChainActivity[]) {
    return (
      <ul className="plain-list problem-chain__activities">
        {list.map((a) => (
          <li key={a.activityId}>
            <Link to={activityPath(a.activityId)}>{a.what}</Link>
            <dl className="summary-list summary-list--compact">
              <div>
                <dt>{t('problems.chain.plan')}</dt>
                <dd>{a.planTitle}</dd>
              </div>
              <div>
                <dt>{t('problems.chain.when')}</dt>
                <dd>{a.whenText ? t('problems.chain.whenWithTarget', { when: a.whenText, target: a.frequencyLabel[lang] }) : a.frequencyLabel[lang]}</dd>
              </div>
              <div>
                <dt>{t('problems.chain.followUp')}</dt>
                <dd>{words.activityStatus(a.status)}</dd>
              </div>
            </dl>
            {editing ? (
              <ConfirmButton
                label={t('problems.chain.unlink')}
                accessibleLabel={t('problems.chain.unlinkActivityNamed', { what: a.what })}
                question={t('problems.chain.unlinkActivityQuestion', { what: a.what })}
                confirmLabel={t('problems.chain.unlinkConfirm')}
                busy={editing.busy}
                onConfirm={() => editing.onUnlinkActivity(a)}
              />
            ) : null}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div className="problem-chain">
      {causeKinds.map((kind) => {
        const causes = problem.causes[kind];
        if (causes.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`${problem.id}-${kind}`}>
            <h4 id={`${problem.id}-${kind}`}>{t(`problems.kinds.${kind}.many`)}</h4>
            <ul className="plain-list problem-chain__causes">
              {causes.map((cause) => (
                <li key={cause.id}>
                  <p className="problem-chain__cause">{cause.description}</p>
                  {cause.activities.length === 0 ? <GapFlag text={t('problems.gaps.causeWithoutActivity')} /> : activities(cause.activities)}
                  {editing ? (
                    <div className="row-actions">
                      <Button variant="secondary" id={`edit-cause-${cause.id}-button`} aria-label={t('problems.cause.editNamed', { description: cause.description })} onClick={() => editing.onEditCause(cause)}>
                        {t('common.edit')}
                      </Button>
                      <ConfirmButton
                        label={t('common.remove')}
                        accessibleLabel={t('problems.cause.removeNamed', { description: cause.description })}
                        question={t('problems.cause.removeQuestion', { description: cause.description })}
                        confirmLabel={t('problems.cause.removeConfirm')}
                        busy={editing.busy}
                        onConfirm={() => editing.onRemoveCause(cause)}
                      />
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {problem.problemActivities.length > 0 ? (
        <section aria-labelledby={`${problem.id}-whole`}>
          <h4 id={`${problem.id}-whole`}>{t('problems.chain.wholeProblem')}</h4>
          {activities(problem.problemActivities)}
        </section>
      ) : null}
      <section aria-labelledby={`${problem.id}-indicators`}>
        <h4 id={`${problem.id}-indicators`}>{t('problems.chain.indicators')}</h4>
        {problem.indicators.length === 0 ? (
          <GapFlag text={t('problems.gaps.noIndicator')} />
        ) : (
          <ul className="plain-list">
            {problem.indicators.map((indicator) => (
              <li key={indicator.id}>
                <strong>{indicator.name}</strong>
                <p>{words.indicatorLine(indicator)}</p>
                <p>{t('problems.indicator.statusLine', { status: words.indicatorStatus(indicator) })}</p>
                {editing ? (
                  <ConfirmButton
                    label={t('problems.chain.unlink')}
                    accessibleLabel={t('problems.chain.unlinkIndicatorNamed', { name: indicator.name })}
                    question={t('problems.chain.unlinkIndicatorQuestion', { name: indicator.name })}
                    confirmLabel={t('problems.chain.unlinkConfirm')}
                    busy={editing.busy}
                    onConfirm={() => editing.onUnlinkIndicator(indicator.id, indicator.name)}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
