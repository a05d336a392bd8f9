/**
 * While the console is locked, every other top-level element of the page (the console itself and the
 * dialogs it portalled to <body>) is made `hidden` and `inert`: nothing of a member shows, a screen
 * reader cannot reach it, Tab cannot enter it, yet it stays mounted so drafts and open flows survive.
 * Elements added while locked (a dialog a pop opened) are hidden as they arrive.
 */

/** What an element had before the lock, so unlocking puts back exactly that. */
interface Before {
  readonly wasHidden: boolean;
  readonly wasInert: boolean;
}

/** Radix's focus guards sit at the edges of <body> and keep Tab inside the top dialog: the lock's, now. */
const isFocusGuard = (element: Element) => element.hasAttribute('data-radix-focus-guard');

/** Hides every child of <body> that does not hold `keep`; returns the function that shows them again. */
export function hideEverythingElse(keep: Element): () => void {
  const body = keep.ownerDocument.body;
  const before = new Map<HTMLElement, Before>();
  const hide = (element: Node) => {
    if (!(element instanceof HTMLElement) || element.contains(keep) || before.has(element) || isFocusGuard(element) || element.tagName === 'SCRIPT') return;
    before.set(element, { wasHidden: element.hasAttribute('hidden'), wasInert: element.hasAttribute('inert') });
    element.setAttribute('hidden', '');
    element.setAttribute('inert', '');
  };
  Array.from(body.children).forEach(hide);
  const observer = new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach(hide)));
  observer.observe(body, { childList: true });
  return () => {
    observer.disconnect();
    before.forEach(({ wasHidden, wasInert }, element) => {
      if (!wasHidden) element.removeAttribute('hidden');
      if (!wasInert) element.removeAttribute('inert');
    });
  };
}
