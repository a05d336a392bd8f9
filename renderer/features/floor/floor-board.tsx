/** Placeholder until its owner builds it: the team area's Floor board screen. */
export default function FloorBoard() {
  return <h2>Floor board</h2>;
}
