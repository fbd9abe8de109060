import { useTranslation } from 'react-i18next';
import type { Group } from '../../../lib/api-types.js';

export type GroupState = 'active' | 'ended' | 'upcoming';

/** In force today (the server's `active`), ended (past its last day) or not started yet. */
export function groupStateOf(group: Pick<Group, 'active' | 'validTo'>, today: string): GroupState {
  if (group.active) return 'active';
  return group.validTo !== null && group.validTo < today ? 'ended' : 'upcoming';
}

const tones: Record<GroupState, string> = { active: 'green', ended: 'unmeasurable', upcoming: 'not-started' };

/** A shape per state (circle with a tick, empty circle with a dash, dashed circle), never colour alone. */
function GroupStateIcon({ state }: { state: GroupState }) {
  return (
    <svg className={`status-icon status-icon--${tones[state]}`} viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      {state === 'active' ? (
        <>
          <circle cx="10" cy="10" r="9" />
          <path d="M5.5 10.5l3 3 6-7" className="status-icon__mark" />
        </>
      ) : (
        <circle cx="10" cy="10" r="8.5" className={state === 'upcoming' ? 'status-icon__outline' : 'status-icon__outline status-icon__outline--solid'} />
      )}
      {state === 'ended' ? <path d="M6 10h8" className="status-icon__mark status-icon__mark--dark" /> : null}
    </svg>
  );
}

/** "Gäller" / "Avslutad" / "Inte påbörjad" with its shape. */
export function GroupStateBadge({ state }: { state: GroupState }) {
  const { t } = useTranslation();
  return (
    <p className={`status status--${tones[state]}`}>
      <span className="status__badge">
        <GroupStateIcon state={state} />
        <span className="status__label">{t(`groups.states.${state}`)}</span>
      </span>
    </p>
  );
}

/** "Tidsbegränsad, 2025-01-01 – 2026-12-31" or "Tills vidare, från 2024-01-16": dates stay ISO in both languages. */
export function useGroupValidityText(): (group: Pick<Group, 'validFrom' | 'validTo'>) => string {
  const { t } = useTranslation();
  return ({ validFrom, validTo }) => {
    if (validTo) return validFrom ? t('groups.validity.limitedPeriod', { from: validFrom, to: validTo }) : t('groups.validity.limitedTo', { to: validTo });
    return validFrom ? t('groups.validity.openFrom', { from: validFrom }) : t('groups.validity.open');
  };
}
