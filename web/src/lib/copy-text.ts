/** Copies text to the clipboard; without the clipboard API (plain http, old browser) selects the field and tries execCommand. */
export async function copyText(input: HTMLInputElement, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
