import { useState } from 'react';

/**
 * A form's draft, saved with the version the user started from. After a stale save (412) `conflict` holds the
 * other person's row; `restart` goes on from its version with their values (`theirs`) or, without it, the user's own.
 */
export function useVersionedDraft<Draft, Row extends { version: number }>(initial: () => Draft, version: number) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [baseVersion, setBaseVersion] = useState(version);
  const [conflict, setConflict] = useState<Row | null>(null);

  function restart(theirs?: Draft) {
    if (!conflict) return;
    if (theirs !== undefined) setDraft(theirs);
    setBaseVersion(conflict.version);
    setConflict(null);
  }

  return { draft, setDraft, baseVersion, conflict, setConflict, restart };
}
