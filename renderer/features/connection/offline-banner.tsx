/** Tells the rep the moment the payer backend is unreachable, and that what they see is a read-only cached copy. */
import { useConsoleStore } from '../../state/use-console-store';

const HEADLINE = "Can't reach the payer backend";

/** Renders the alert only while main says the backend is unreachable; main's message is shown as written. */
export function OfflineBanner() {
  const connection = useConsoleStore((state) => state.connection);
  if (!connection || connection.isOnline) return null;
  const message = connection.message?.trim() ?? '';
  // Main's message often starts with the same words; say them once.
  const lead = message.startsWith(HEADLINE) ? message : `${HEADLINE}.${message ? ` ${message}` : ''}`;
  return (
    <div role="alert" className="offline-banner">
      <strong>{lead}</strong> Showing cached data, read-only.
    </div>
  );
}
