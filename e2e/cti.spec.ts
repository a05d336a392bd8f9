/**
 * Calls a phone system pushes through the backend (the sandbox's generic CTI webhook, Zammad's format),
 * with two consoles signed in on the same sandbox: a `newCall` pops the named rep's console only, a
 * `hangup` with cause `cancel` ends it there as a missed call, and malformed events are refused with a
 * 4xx while the next good call still pops.
 */
import Database from 'better-sqlite3';
import { SANDBOX_USERS } from '../sandbox/server/sandbox-users';
import { expect, headingFor, splitName, test } from './fixtures';
import type { ConsolePage } from './pages/console-page';

interface PhoneMember {
  memberId: string;
  clientId: string;
  name: string;
  phone: string;
}

interface WebhookAnswer {
  status: number;
  body: unknown;
}

/** The member's name and phone (E.164) as the sandbox holds them. */
function member(dbPath: string, memberId: string): PhoneMember {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const found = db.prepare("SELECT member_id AS memberId, client_id AS clientId, first_name || ' ' || last_name AS name, phone FROM members WHERE member_id = ?").get(memberId) as PhoneMember | undefined;
    if (!found) throw new Error(`No member ${memberId} in the sandbox database.`);
    return found;
  } finally {
    db.close();
  }
}

/** "+16125550179" → "(612) 555-0179": the national format, as the console also writes it for reading aloud. */
const spoken = (e164: string) => e164.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3');
/** "+16125550179" → "612-555-0179": another national format phone systems send. */
const dashed = (e164: string) => e164.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '$1-$2-$3');

/** The sandbox's user (display name, clients) signed in as `id`. */
function userOf(id: string): { displayName: string; clientIds: readonly string[] } {
  const found = SANDBOX_USERS.find((u) => u.user.id === id);
  if (!found) throw new Error(`The sandbox has no user ${id}.`);
  return { displayName: found.user.displayName, clientIds: found.user.clientIds ?? [] };
}

/** Members whose phone no one else has: one rep2 may open (a client of theirs), and the others. */
function uniquePhoneMembers(dbPath: string, memberIds: readonly string[]): { forRep2: PhoneMember; others: PhoneMember[] } {
  const members = memberIds.map((id) => member(dbPath, id));
  const forRep2 = members.find((m) => userOf('rep2').clientIds.includes(m.clientId));
  if (!forRep2) throw new Error('No unique-phone member belongs to a client rep2 serves.');
  return { forRep2, others: members.filter((m) => m !== forRep2) };
}

const OUR_LINE = '18005550100';
let serial = 0;
/** A call id no earlier run of this file used (the sandbox keeps each console's events a few minutes). */
const newCallId = () => `e2e-cti-${Date.now()}-${(serial += 1)}`;

async function answerOf(response: Response): Promise<WebhookAnswer> {
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

/** Posts fields URL-encoded, as `curl --data` does (`user[]` once per agent). */
async function postForm(url: string, fields: [string, string][]): Promise<WebhookAnswer> {
  return answerOf(await fetch(url, { method: 'POST', body: new URLSearchParams(fields) }));
}

/** Posts a JSON body (or raw text sent as JSON). */
async function postJson(url: string, body: unknown): Promise<WebhookAnswer> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return answerOf(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text }));
}

/** A form-encoded inbound newCall from `from` for the agents named. */
function newCall(url: string, callId: string, from: string, agents: string[]): Promise<WebhookAnswer> {
  return postForm(url, [['event', 'newCall'], ['from', from], ['to', OUR_LINE], ['direction', 'in'], ['callId', callId], ...agents.map((a): [string, string] => ['user[]', a])]);
}

/** Signs in and waits until the top bar says the phone system's calls reach this console. */
async function signInWithFeed(app: ConsolePage, username: string): Promise<void> {
  await app.signIn(username);
  await expect(app.page.getByRole('banner').getByText('Phone system: connected', { exact: true })).toBeVisible();
}

/** The member's record is open: the header shows their name and member ID. */
async function expectRecordOpen(app: ConsolePage, caller: PhoneMember): Promise<void> {
  await expect(app.memberHeading).toHaveText(headingFor(caller.name));
  await expect(app.page.getByRole('main').getByRole('definition').filter({ hasText: new RegExp(`^${caller.memberId}$`) })).toBeVisible();
}

/** The console's recent lookups hold exactly this caller: nobody else was popped or opened there. */
async function expectOnlyRecent(app: ConsolePage, caller: PhoneMember): Promise<void> {
  const { first, last } = splitName(caller.name);
  await expect(app.recentLookups.getByRole('button')).toHaveCount(1);
  await expect(app.recentLookups.getByRole('button').first()).toContainText(`${last}, ${first}`);
}

test.describe('calls: the generic CTI webhook', () => {
  test("a newCall pops the named rep's console only; a hangup with cause cancel ends it there as a missed call", async ({ app, launchConsole, sandbox }) => {
    const { forRep2: second, others: [first] } = uniquePhoneMembers(sandbox.dbPath, sandbox.scenarios.uniquePhone);
    const rep1 = app;
    const rep2 = await launchConsole();
    await signInWithFeed(rep1, 'rep1');
    await signInWithFeed(rep2, 'rep2');

    // Rep1 by display name, as Zammad's generic CTI names agents; the number in its national format.
    const callId = newCallId();
    expect(await newCall(sandbox.ctiWebhookUrl, callId, spoken(first!.phone), [userOf('rep1').displayName])).toEqual({ status: 200, body: { routedTo: 1 } });
    await expect(rep1.incomingCall).toContainText(spoken(first!.phone));
    await expectRecordOpen(rep1, first!);
    await expect(rep1.searchBox).toBeFocused();
    await rep1.expectAccessible('CTI screen pop');

    // Rep2's console is live and signed in, and shows no call.
    await expect(rep2.page.getByRole('banner')).toContainText(userOf('rep2').displayName);
    await expect(rep2.incomingCall).toHaveCount(0);
    await expect(rep2.callBar).toHaveCount(0);
    await expect(rep2.page.getByRole('heading', { level: 1, name: 'No member open' })).toBeVisible();

    // A call for rep2 arrives on the same stream after the first: rep2 gets it, and only it.
    const ownCallId = newCallId();
    expect(await newCall(sandbox.ctiWebhookUrl, ownCallId, dashed(second.phone), ['rep2'])).toEqual({ status: 200, body: { routedTo: 1 } });
    await expect(rep2.incomingCall).toContainText(spoken(second.phone));
    await expectRecordOpen(rep2, second);
    await expectOnlyRecent(rep2, second);
    await expect(rep1.incomingCall).toContainText(spoken(first!.phone));

    // The caller hangs up before rep1 answered (JSON this time): the banner goes, a missed call stays.
    const hangup = { event: 'hangup', from: spoken(first!.phone), to: OUR_LINE, direction: 'in', callId, user: 'rep1', cause: 'cancel' };
    expect(await postJson(sandbox.ctiWebhookUrl, hangup)).toEqual({ status: 200, body: { routedTo: 1 } });
    await expect(rep1.incomingCall).toHaveCount(0);
    await expect(rep1.callBar).toContainText('Missed call: it ended before it was answered.');
    await expect(rep1.callBar).toContainText(spoken(first!.phone));
    await expectOnlyRecent(rep1, first!);

    // Rep2's call ends too (the phone system names nobody on hangup): had the first call rung there,
    // it would still be ringing on rep2's console now, since its hangup went to rep1 only.
    expect(await postJson(sandbox.ctiWebhookUrl, { ...hangup, callId: ownCallId, from: dashed(second.phone), user: [] })).toEqual({ status: 200, body: { routedTo: 1 } });
    await expect(rep2.callBar).toContainText('Missed call: it ended before it was answered.');
    await expect(rep2.callBar).toContainText(spoken(second.phone));
    await expect(rep2.incomingCall).toHaveCount(0);
  });

  test('malformed webhook events each get a 4xx and pop nothing; the next good call still pops', async ({ app, sandbox }) => {
    const [, caller, ignored] = uniquePhoneMembers(sandbox.dbPath, sandbox.scenarios.uniquePhone).others;
    await signInWithFeed(app, 'rep1');
    const good = { event: 'newCall', from: dashed(ignored!.phone), to: OUR_LINE, direction: 'in', callId: newCallId(), user: 'rep1' };
    const withoutCallId = Object.fromEntries(Object.entries(good).filter(([name]) => name !== 'callId'));
    const wrongToken = sandbox.ctiWebhookUrl.replace(/\/[^/]+$/, '/not-the-token');
    const answers = {
      'wrong token': await postJson(wrongToken, good),
      'not JSON': await postJson(sandbox.ctiWebhookUrl, '{"event": "newCall", "from":'),
      'unknown event': await postJson(sandbox.ctiWebhookUrl, { ...good, event: 'transfer' }),
      'missing callId': await postJson(sandbox.ctiWebhookUrl, withoutCallId),
      'missing callId, form-encoded': await postForm(sandbox.ctiWebhookUrl, [['event', 'newCall'], ['from', good.from], ['to', OUR_LINE], ['direction', 'in'], ['user[]', 'rep1']]),
    };
    for (const [what, answer] of Object.entries(answers)) {
      expect(answer.status, what).toBeGreaterThanOrEqual(400);
      expect(answer.status, what).toBeLessThan(500);
    }
    expect(answers['wrong token'].status).toBe(404);

    expect(await newCall(sandbox.ctiWebhookUrl, newCallId(), spoken(caller!.phone), ['rep1'])).toEqual({ status: 200, body: { routedTo: 1 } });
    await expect(app.incomingCall).toContainText(spoken(caller!.phone));
    await expectRecordOpen(app, caller!);
    // None of the refused events rang: the good call is the only one this console ever popped.
    await expectOnlyRecent(app, caller!);
    await expect(app.incomingCall).not.toContainText(spoken(ignored!.phone));
  });
});
