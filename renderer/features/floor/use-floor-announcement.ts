/**
 * What the board's polite live region says: only the changes a lead must hear without looking — the
 * queue getting into trouble and out of it again, and the board's feed dropping and coming back — never
 * each rep's change or each tick. The queue alert has hysteresis (on at 5 waiting or a minute's wait,
 * off below 3 and 45 s), so a queue hovering at the line is not read out over and over.
 */
import { useState } from 'react';
import type { FloorView } from '../../../shared/floor/floor-view';
import { sayDuration, secondsSince } from './format-floor';
import { isQueueAlert } from './floor-totals';

interface Said {
  readonly message: string;
  readonly isAlert: boolean;
  readonly feed: FloorView['feed'] | null;
  readonly hasDropped: boolean;
}

const calls = (n: number) => `${n} ${n === 1 ? 'call' : 'calls'}`;

/** The next thing to say given what was said before (pure, so the hook only compares). */
export function nextAnnouncement(said: Said, view: FloorView | null, now: number): Said {
  let next = said;
  const queue = view?.board?.queue;
  if (queue) {
    const longest = secondsSince(queue.oldestWaitingSince, now) ?? 0;
    if (!next.isAlert && isQueueAlert(queue.waitingCount, longest)) {
      next = { ...next, isAlert: true, message: `Queue alert: ${calls(queue.waitingCount)} waiting, the longest for ${sayDuration(longest)}.` };
    } else if (next.isAlert && queue.waitingCount < 3 && longest < 45) {
      next = { ...next, isAlert: false, message: `Queue back to normal: ${calls(queue.waitingCount)} waiting.` };
    }
  }
  const feed = view?.feed ?? null;
  if (feed !== next.feed) {
    if (next.feed === 'connected') next = { ...next, hasDropped: true, message: 'The floor board lost its live feed and is reconnecting; what it shows may be behind.' };
    else if (next.hasDropped && feed === 'connected') next = { ...next, hasDropped: false, message: 'The floor board is live again.' };
    next = { ...next, feed };
  }
  return next;
}

/** The latest announcement ('' until there is one). */
export function useFloorAnnouncement(view: FloorView | null, now: number): string {
  const [said, setSaid] = useState<Said>({ message: '', isAlert: false, feed: null, hasDropped: false });
  const next = nextAnnouncement(said, view, now);
  // React's pattern for state that follows props: set during render, compared first, so it settles at once.
  if (next !== said) setSaid(next);
  return next.message;
}
