/** Who is doing a write, as recorded in the audit trail. */
export interface Actor {
  userId: string | null;
  tokenId: string | null;
  label: string;
  requestId: string | null;
}

export const systemActor = (label = 'system'): Actor => ({ userId: null, tokenId: null, label, requestId: null });
