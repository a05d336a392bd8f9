/** A softphone that stops answering pings (asleep, crashed, a cable pulled) is cut, so it shows as disconnected. */
import type { WebSocket } from 'ws';

/** Pings every `intervalMs`; two unanswered pings in a row terminate the socket and call `onDead`. */
export function watchHeartbeat(ws: WebSocket, intervalMs: number, onDead: () => void): void {
  let missed = 0;
  ws.on('pong', () => (missed = 0));
  const timer = setInterval(() => {
    if (missed >= 2) {
      onDead();
      ws.terminate();
      return;
    }
    missed += 1;
    ws.ping();
  }, intervalMs);
  timer.unref();
  ws.once('close', () => clearInterval(timer));
}
