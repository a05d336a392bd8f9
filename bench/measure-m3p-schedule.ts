/**
 * Benchmark of the M3P bill formula, so a slow change to the calculator every screen and the backend share shows as a number.
 *
 * Reports the p95 of single 12-month `calculateSchedule` calls, each timed on its own with
 * `process.hrtime.bigint()` after a warm-up, against the 50 µs target. Run alone:
 * `npx tsx bench/measure-m3p-schedule.ts`.
 */
import { pathToFileURL } from 'node:url';
import { calculateSchedule, type ScheduleInput } from '../shared/m3p/calculate-schedule';

const WARM_UP_CALLS = 20_000;
const TIMED_CALLS = 50_000;

/** A January opt-in with claims most months and the threshold reached in the autumn: every branch runs. */
const INPUT: ScheduleInput = {
  planYear: 2026,
  optInMonth: 1,
  priorIncurredCents: 0,
  monthlyCostSharingCents: [12_345, 0, 47_000, 8_999, 15_000, 0, 62_500, 3_333, 30_000, 45_000, 1_000, 7_777],
};

/** Measures the p95 of one 12-month schedule in microseconds, for `npm run bench` to hold against the 50 µs target. */
export async function measureM3pSchedule(): Promise<{ value: number; unit: 'us'; target: 50 }> {
  let checksum = 0;
  for (let i = 0; i < WARM_UP_CALLS; i += 1) checksum += calculateSchedule(INPUT).months.length;
  await new Promise<void>((resolve) => setImmediate(resolve)); // let pending I/O run before timing starts
  const nanoseconds = new Float64Array(TIMED_CALLS);
  for (let i = 0; i < TIMED_CALLS; i += 1) {
    const start = process.hrtime.bigint();
    const schedule = calculateSchedule(INPUT);
    nanoseconds[i] = Number(process.hrtime.bigint() - start);
    checksum += schedule.months.length;
  }
  // Using the results keeps the optimiser from discarding calls it could prove unused.
  if (checksum !== (WARM_UP_CALLS + TIMED_CALLS) * 12) throw new Error('calculateSchedule returned the wrong number of months');
  nanoseconds.sort();
  const p95 = nanoseconds[Math.ceil(TIMED_CALLS * 0.95) - 1] ?? Number.NaN;
  return { value: Math.round(p95 / 10) / 100, unit: 'us', target: 50 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await measureM3pSchedule()));
}
