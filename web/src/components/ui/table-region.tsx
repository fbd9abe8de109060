import type { ReactNode } from 'react';

/** Lets a wide table scroll sideways on a phone; focusable so keyboard users can scroll it too. */
export function TableRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
