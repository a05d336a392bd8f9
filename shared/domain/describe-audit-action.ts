/**
 * An audit entry's action in words a team lead reads in the trail and the CSV ("Opened a member's
 * record"), from the route's operationId or the console event's kind. A route added later without a
 * name here still reads sensibly: its operationId is spelled out ("approveRequest" → "Approve request").
 */

const ACTION_NAMES: Readonly<Record<string, string>> = {
  createSession: 'Signed in',
  revokeSession: 'Signed out',
  signed_in: 'Signed in',
  signed_out: 'Signed out',
  caller_verified: 'Verified the caller',
  mbi_revealed: 'Revealed the full MBI',
  console_locked: 'Console locked',
  console_unlocked: 'Console unlocked',
  listClients: 'Listed the health plans',
  searchMembers: 'Searched for members',
  getMemberProfile: "Opened a member's record",
  listTeamAgents: 'Listed the team',
  getClientRules: "Read a health plan's rules",
  getProgramSettings: 'Read the program settings',
  optInMember: 'Opted a member in',
  optOutMember: 'Opted a member out',
  changeEffectiveDate: 'Changed the effective date',
  listApprovals: 'Listed the approvals queue',
  decideApproval: 'Decided a waiting request',
  getFloor: 'Opened the floor board',
  takePayment: 'Took a payment',
  addPaymentMethod: 'Saved a payment method',
  enrolAutopay: 'Enrolled in autopay',
  stopAutopay: 'Stopped autopay',
  requestRefund: 'Requested a refund',
  setAgentState: 'Changed availability',
  saveInteraction: 'Saved a call record',
  searchAuditTrail: 'Searched the audit trail',
};

/** The readable name of an action; unknown ones are their identifier in words. */
export function describeAuditAction(action: string): string {
  const known = ACTION_NAMES[action];
  if (known !== undefined) return known;
  const words = action
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.length === 0 ? action : words.charAt(0).toUpperCase() + words.slice(1);
}
