/** The link's state in words for the top bar and the pairing dialog (never colour alone). */
import type { LinkView } from '../../../shared/calls/call-views';

/** "Softphone: Acme Phone", "Softphone disconnected", "No softphone paired". */
export function describeLink(link: LinkView): string {
  if (link.state === 'connected') return `Softphone: ${link.softphoneName ?? 'connected'}`;
  if (link.state === 'disconnected') return `Softphone disconnected${link.softphoneName ? ` (${link.softphoneName})` : ''}`;
  return 'No softphone paired';
}
