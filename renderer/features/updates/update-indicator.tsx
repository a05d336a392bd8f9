/**
 * A few words in the top bar once an update is downloaded and verified ("Update 1.4.2 ready — installs
 * when you sign out"), and the answer when the rep asked to install it. Nothing at all otherwise: a rep
 * never needs to think about updates.
 */
import { useEffect } from 'react';
import { useConsoleStore } from '../../state/use-console-store';

/** Renders the ready note and the install answer, each only when there is one. */
export function UpdateIndicator() {
  const update = useConsoleStore((state) => state.update);
  const notice = useConsoleStore((state) => state.updateNotice);
  const loadUpdate = useConsoleStore((state) => state.loadUpdate);
  useEffect(() => void loadUpdate(), [loadUpdate]);
  const isReady = update?.status === 'ready' && update.version !== undefined;
  return (
    // Always present (empty when quiet), so a screen reader hears the note when it appears.
    <span role="status" className="update-indicator">
      {isReady ? <span className="update-ready">Update {update.version} ready — installs when you sign out</span> : null}
      {notice ? <span className="update-notice">{notice}</span> : null}
    </span>
  );
}
