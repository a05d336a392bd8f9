/** Placeholder until its owner builds it: the team area's Approvals screen. */
export default function ApprovalsScreen() {
  return <h2>Approvals</h2>;
}
