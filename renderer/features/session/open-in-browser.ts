/**
 * Opens a page main asked for in a new tab of this browser — the web host's "system browser" — without
 * giving it a handle on the console's page (noopener). Only http(s): the payload was checked by main's
 * contract, and this keeps it so whatever sends the event.
 */
export function openInBrowser(url: string): void {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return;
  }
  if (target.protocol === 'https:' || target.protocol === 'http:') window.open(target.href, '_blank', 'noopener');
}
