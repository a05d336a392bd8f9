/** The connection state in words (never colour alone), with the backend address for IT in the tooltip. */
import { useConsoleStore } from '../../state/use-console-store';

/** Renders "Online", "Offline" or "Checking connection…". */
export function ConnectionIndicator() {
  const connection = useConsoleStore((state) => state.connection);
  if (!connection) return <span className="connection connection-unknown">Checking connection…</span>;
  return (
    <span className={connection.isOnline ? 'connection connection-online' : 'connection connection-offline'} title={connection.backendUrl}>
      <span className="connection-dot" aria-hidden="true" />
      {connection.isOnline ? 'Online' : 'Offline'}
    </span>
  );
}
