// After a route change focus goes to the new page's h1, so screen readers announce where the user landed.
// The heading may not exist yet (its data still loading); then the heading takes the focus when it mounts.
export const pageHeadingId = 'page-heading';

let pending = false;

export function focusPageHeading(): void {
  const heading = document.getElementById(pageHeadingId);
  if (heading) {
    heading.focus();
    pending = false;
  } else {
    pending = true;
  }
}

export function takePendingHeadingFocus(): boolean {
  const was = pending;
  pending = false;
  return was;
}
