/** A clock that ticks, so "cached 3 min ago" keeps telling the truth while the screen sits open. */
import { useEffect, useState } from 'react';

/** Epoch milliseconds, refreshed every `intervalMs` (30 s by default: ages are shown to the minute). */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
