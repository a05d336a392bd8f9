/**
 * The team area, shown in the main region in place of the member area while a lead screen is open.
 * Each screen is loaded on first use (React.lazy over the registry), so a rep's start-up bundle never
 * carries it. Escape (outside a dialog) or "Back to member" returns to the member, whose record and
 * open flows stayed in the store; opening another member from the search does too.
 */
import { createElement, lazy, Suspense, useEffect, useRef, type ComponentType, type KeyboardEvent, type LazyExoticComponent } from 'react';
import { useConsoleStore } from '../../state/use-console-store';
import { useConsoleStoreApi } from '../../state/use-console-store-api';
import { closeLeadArea } from './lead-navigation';
import { LEAD_SCREENS, type LeadScreenId } from './lead-screens';

/** One lazy component per screen for the life of the page (nothing loads until one renders). */
const LAZY_SCREENS: ReadonlyMap<LeadScreenId, LazyExoticComponent<ComponentType>> = new Map(LEAD_SCREENS.map((s) => [s.id, lazy(s.load)]));

/** Renders the open lead screen; nothing when none is open. */
export function LeadArea({ screenId }: { readonly screenId: LeadScreenId }) {
  const store = useConsoleStoreApi();
  const screen = LEAD_SCREENS.find((s) => s.id === screenId);
  const region = useRef<HTMLElement>(null);
  const opening = useConsoleStore((state) => state.openingMemberId);
  const openMemberId = useConsoleStore((state) => state.memberView?.member.memberId ?? null);

  useEffect(() => {
    // The screen focuses its own first control once loaded; until then focus is in the region, not lost.
    if (region.current && !region.current.contains(document.activeElement)) region.current.focus();
  }, [screenId]);
  useEffect(() => {
    if (opening !== null && opening !== openMemberId) store.getState().closeLeadScreen();
  }, [opening, openMemberId, store]);

  function handleKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // A dialog of the screen (portalled, but its events bubble here) closes itself first.
    if (event.target instanceof Element && event.target.closest('[role="dialog"], [role="alertdialog"]')) return;
    event.preventDefault();
    closeLeadArea(store);
  }

  const Screen = LAZY_SCREENS.get(screenId);
  if (!screen || !Screen) return null;
  return (
    <section ref={region} className="lead-area" aria-label={`Team area: ${screen.label}`} tabIndex={-1} onKeyDown={handleKeyDown}>
      <div className="lead-area-bar">
        <p className="lead-area-title">Team area · {screen.label}</p>
        <button type="button" className="button" aria-keyshortcuts="Escape" onClick={() => closeLeadArea(store)}>
          Back to member
        </button>
      </div>
      <Suspense fallback={<p role="status" className="lead-area-loading">Loading the {screen.label.toLowerCase()}…</p>}>
        {/* createElement: the component is the module-level lazy one, never made during render. */}
        {createElement(Screen)}
      </Suspense>
    </section>
  );
}
