/**
 * The softphone link in the top bar, in words: connected to which softphone, disconnected, or not
 * paired. It is a button: it opens the pairing dialog (also "Pair a softphone" in the palette).
 * Beside it, while a rep is signed in, whether the phone system's calls (the backend's CTI feed) reach
 * this console: a rep with no softphone paired still gets those calls, and must see when they cannot.
 */
import { useConsoleStore } from '../../state/use-console-store';
import { describeLink } from './describe-link';

const CTI_FEED_LABELS = { connecting: 'Phone system: connecting…', connected: 'Phone system: connected' } as const;

/** Renders nothing until main has said what the link's state is. */
export function LinkIndicator() {
  const link = useConsoleStore((state) => state.callsState?.link ?? null);
  const openDialog = useConsoleStore((state) => state.openDialog);
  if (!link) return null;
  return (
    <>
      <button type="button" className={`top-bar-button link-indicator link-${link.state}`} onClick={() => openDialog('pair-softphone')} aria-haspopup="dialog">
        <span className="link-dot" aria-hidden="true" />
        {describeLink(link)}
      </button>
      {link.ctiFeed === 'off' ? null : <span className={`cti-feed cti-feed-${link.ctiFeed}`}>{CTI_FEED_LABELS[link.ctiFeed]}</span>}
    </>
  );
}
