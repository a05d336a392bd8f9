/** The console's banner: app name, whose member is open (client brand), connection, who is signed in, commands. */
import { AgentStateIndicator } from '../features/calls/agent-state-indicator';
import { CallBar } from '../features/calls/call-bar';
import { ConnectionIndicator } from '../features/connection/connection-indicator';
import { OfflineBanner } from '../features/connection/offline-banner';
import { LinkIndicator } from '../features/softphone/link-indicator';
import { UpdateIndicator } from '../features/updates/update-indicator';
import { useConsoleStore } from '../state/use-console-store';
import { BrandChip } from '../ui/brand-chip';

/** The shell owns the dialogs, so the bar only asks for the palette. */
export interface TopBarProps {
  readonly onOpenCommands: () => void;
}

const ROLE_LABELS = { rep: 'Rep', team_lead: 'Team lead' } as const;

/** Renders the banner landmark, with the offline alert inside it. */
export function TopBar({ onOpenCommands }: TopBarProps) {
  const client = useConsoleStore((state) => state.memberView?.client ?? null);
  const user = useConsoleStore((state) => state.session?.user ?? null);
  const signOut = useConsoleStore((state) => state.signOut);

  return (
    <header className="top-bar-area">
      <div className="top-bar">
        <span className="app-name">Rep Console</span>
        <span className="top-bar-client">
          {client ? <BrandChip name={client.name} color={client.brandColor} /> : <span className="muted-on-dark">No member open</span>}
        </span>
        <span className="top-bar-spacer" />
        <AgentStateIndicator />
        <LinkIndicator />
        <ConnectionIndicator />
        <UpdateIndicator />
        {user ? (
          <span className="top-bar-user">
            {user.displayName} <span className="muted-on-dark">· {ROLE_LABELS[user.role]}</span>
          </span>
        ) : null}
        <button type="button" className="top-bar-button" aria-keyshortcuts="Control+K Meta+K" onClick={onOpenCommands}>
          Commands (<kbd>Ctrl+K</kbd>)
        </button>
        <button type="button" className="top-bar-button" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
      <OfflineBanner />
      <CallBar />
    </header>
  );
}
