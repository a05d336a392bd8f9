/** Member profiles per second the sandbox serves on loopback, with a few keep-alive clients in flight. */
import { Agent, request } from 'node:http';

function get(url: URL, token: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { agent, headers: { Authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });
}

/** Runs `concurrency` loops for `durationMs` over the given members; reports requests per second. */
export async function measureSandboxProfileRps(options: {
  url: string;
  memberIds: readonly string[];
  concurrency?: number;
  durationMs?: number;
}): Promise<{ value: number; unit: 'req/s'; target: string }> {
  const signIn = await fetch(`${options.url}/v1/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'rep1', password: 'sandbox' }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency ?? 8 });
  const deadline = Date.now() + (options.durationMs ?? 8_000);
  let done = 0;
  let next = 0;
  const loop = async () => {
    while (Date.now() < deadline) {
      const id = options.memberIds[next++ % options.memberIds.length]!;
      const status = await get(new URL(`/v1/members/${id}/profile`, options.url), token, agent);
      if (status !== 200) throw new Error(`profile ${id} answered HTTP ${status}`);
      done += 1;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, loop));
  agent.destroy();
  return { value: Math.round(done / ((Date.now() - started) / 1000)), unit: 'req/s', target: 'report' };
}
