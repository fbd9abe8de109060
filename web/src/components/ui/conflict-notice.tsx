import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './alert.js';
import { Button } from './button.js';

export interface ConflictRow {
  label: string;
  theirs: ReactNode;
  mine: ReactNode;
}

interface ConflictNoticeProps {
  rows: readonly ConflictRow[];
  /** Keep my values and save them on top of the other person's version. */
  onRedo: () => void;
  /** Drop my values and start from the other person's version. */
  onTakeLatest: () => void;
}

/** Someone saved first (412): show their version next to mine and let the user choose how to go on. */
export function ConflictNotice({ rows, onRedo, onTakeLatest }: ConflictNoticeProps) {
  const { t } = useTranslation();
  return (
    <Alert tone="error" title={t('conflict.title')}>
      <p>{t('conflict.explanation')}</p>
      <div className="compare">
        <div className="compare__column">
          <h3>{t('conflict.theirs')}</h3>
          <dl>
            {rows.map((row) => (
              <div key={row.label}>
                <dt>{row.label}</dt>
                <dd className="pre-line">{row.theirs}</dd>
              </div>
            ))}
          </dl>
        </div>
        <div className="compare__column">
          <h3>{t('conflict.mine')}</h3>
          <dl>
            {rows.map((row) => (
              <div key={row.label}>
                <dt>{row.label}</dt>
                <dd className="pre-line">{row.mine}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
      <div className="form__actions">
        <Button onClick={onRedo}>{t('conflict.redo')}</Button>
        <Button variant="secondary" onClick={onTakeLatest}>
          {t('conflict.takeLatest')}
        </Button>
      </div>
    </Alert>
  );
}
