/**
 * A success message in a live region that is always in the page, so screen readers announce it
 * when the text appears (a region added together with its text is often missed).
 */
export function StatusMessage({ message }: { message: string | null | undefined }) {
  return (
    <div role="status" className="status-message">
      {message ? <p className="alert alert--success">{message}</p> : null}
    </div>
  );
}
