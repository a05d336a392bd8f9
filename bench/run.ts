/**
 * `npm run bench`: every figure the issues name, as one JSON object on stdout
 * (metric → { value, unit, target }). Progress goes to stderr. The 100,000-member sandbox database is
 * seeded once into .bench-data/ and reused.
 */
import { join } from 'node:path';
import { repoRoot, spawnListeningProcess } from '../scripts/spawn-listening-process';
import { measureCacheLookup } from './measure-cache-lookup';
import { measureFloorBoard } from './measure-floor-board';
import { measureM3pSchedule } from './measure-m3p-schedule';
import { measureParticipationFlows } from './measure-participation-flows';
import { measurePaymentFlows } from './measure-payment-flows';
import { measureRendererBundle } from './measure-renderer-bundle';
import { measureSandboxProfileRps } from './measure-sandbox-profile-rps';
import { measureScreenPop } from './measure-screen-pop';
import { measureSearchToProfile } from './measure-search-to-profile';
import { pickMemberIds } from './pick-member-ids';

type Figure = { value: number; unit: string; target?: number | string };
const figures: Record<string, Figure> = {};
const step = (name: string) => process.stderr.write(`bench: ${name}…\n`);

step('m3p.schedule');
figures['m3p.schedule.p95_us'] = await measureM3pSchedule();
step('renderer bundle');
figures['renderer.initial_js_gzip_kb'] = measureRendererBundle();
step('cache lookup at 50,000 members');
figures['cache.lookup.p95_ms'] = await measureCacheLookup();

step('sandbox at 100,000 members (seeded once into .bench-data/)');
const dbPath = join(repoRoot, '.bench-data', 'sandbox-100000.sqlite');
const sandbox = await spawnListeningProcess('sandbox/cli.ts', ['serve', '--members', '100000', '--db', dbPath], { timeoutMs: 600_000, echoStderr: true });
try {
  const memberIds = pickMemberIds(dbPath, 400);
  step('sandbox.member_profile.rps');
  figures['sandbox.member_profile.rps'] = await measureSandboxProfileRps({ url: sandbox.url, memberIds });
  step('search_to_profile in Chromium through the web host');
  Object.assign(figures, await measureSearchToProfile({ backendUrl: sandbox.url, memberIds: memberIds.slice(0, 40) }));
  step('screen_pop: simulator ringing → member header in Chromium (saves ~60 bench calls to contact history)');
  Object.assign(figures, await measureScreenPop({ backendUrl: sandbox.url, dbPath }));
  step('floor_board: 200 simulated agents playing the floor, a rep state change → the lead board in Chromium (saves floor calls without members)');
  Object.assign(figures, await measureFloorBoard({ backendUrl: sandbox.url }));
  // Last, because it writes: the read figures above never share the sandbox with its opt-ins.
  step('opt-in and opt-out keystrokes and confirm time in Chromium (changes ~25 members of the bench database)');
  Object.assign(figures, await measureParticipationFlows({ backendUrl: sandbox.url, dbPath }));
  step('payment keystrokes and confirm time in Chromium (pays the current bill of ~23 members of the bench database)');
  if (!sandbox.processorUrl) throw new Error('The sandbox announced no payment processor (processorUrl).');
  Object.assign(figures, await measurePaymentFlows({ backendUrl: sandbox.url, processorUrl: sandbox.processorUrl, dbPath }));
} finally {
  await sandbox.stop();
}

process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
