/** Placeholder until its owner builds it: the team area's Audit trail screen. */
export default function AuditScreen() {
  return <h2>Audit trail</h2>;
}
