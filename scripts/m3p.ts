/**
 * Analyst CLI for the M3P bill formula: the same calculator the console uses, one JSON in, one line out.
 *
 *   npm run --silent m3p -- '{"planYear":2025,"optInMonth":4,"priorIncurredCents":1200,"monthlyCostSharingCents":[…12…]}'
 *   echo '{…}' | npm run --silent m3p
 *
 * Prints `{"months":[{"month","capCents","billCents","unbilledAfterCents"},…]}` from the opt-in month to
 * December. Bad input prints one `m3p: …` line on stderr and exits 2, so scripts can tell it from a crash (1).
 */
import { z } from 'zod';
import { calculateSchedule } from '../shared/m3p/calculate-schedule';
import { M3pInputError } from '../shared/m3p/thresholds';

const EXIT_BAD_INPUT = 2;
const EXIT_CRASH = 1;

const wholeNumber = (example: string): z.ZodNumber =>
  z.number({ error: `must be a number, e.g. ${example}` }).int({ error: `must be a whole number, e.g. ${example}` });

/** The input shape; ranges (months 1-12, cents ≥ 0, known years) are the calculator's to judge. */
const M3pCliInputSchema = z.strictObject(
  {
    planYear: wholeNumber('2025'),
    optInMonth: wholeNumber('4'),
    priorIncurredCents: wholeNumber('1200'),
    monthlyCostSharingCents: z
      .array(wholeNumber('0'), { error: 'must be an array of 12 whole numbers of cents, January first' })
      .length(12, { error: 'must list 12 months, January first' }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`
        : 'the input must be a JSON object',
  },
);

/** A failure the person running the CLI can fix; its message is printed as is. */
class CliInputError extends Error {}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
      return path === '' ? issue.message : `${path} ${issue.message}`;
    })
    .join('; ');
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new CliInputError('pass the input as one JSON argument, or pipe it on stdin.');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

async function readInputText(args: readonly string[]): Promise<string> {
  if (args.length > 1) throw new CliInputError('pass the input as one JSON argument (quote it), or pipe it on stdin.');
  return args[0] ?? (await readStdin());
}

function parseJson(text: string): unknown {
  if (text.trim() === '') throw new CliInputError('no input: pass a JSON object as the argument or on stdin.');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliInputError(`the input is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
}

async function run(args: readonly string[]): Promise<number> {
  try {
    const parsed = M3pCliInputSchema.safeParse(parseJson(await readInputText(args)));
    if (!parsed.success) throw new CliInputError(describeIssues(parsed.error));
    const schedule = calculateSchedule(parsed.data);
    const months = schedule.months.map((m) => ({ month: m.month, capCents: m.capCents, billCents: m.billCents, unbilledAfterCents: m.unbilledAfterCents }));
    process.stdout.write(`${JSON.stringify({ months })}\n`);
    return 0;
  } catch (error) {
    const isInputError = error instanceof CliInputError || error instanceof M3pInputError;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`m3p: ${isInputError ? '' : 'internal error: '}${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return isInputError ? EXIT_BAD_INPUT : EXIT_CRASH;
  }
}

process.exitCode = await run(process.argv.slice(2));
