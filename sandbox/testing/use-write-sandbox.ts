/**
 * A test file's own sandbox for write-path tests: started before the file's tests with rep1 signed in,
 * stopped after them. Changes made by one test stay for the next, so tests pick members by situation.
 */
import { afterAll, beforeAll } from 'vitest';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { pickMembers } from './pick-members';
import { createSandboxCalls, type SandboxCalls } from './sandbox-calls';
import { startTestSandbox, type TestSandbox } from './start-test-sandbox';

/** Read these inside tests: they are set once the file's beforeAll has run. */
export interface WriteSandbox {
  readonly test: TestSandbox;
  readonly calls: SandboxCalls;
  /** rep1's bearer token (all three clients). */
  readonly rep: string;
  /** The first member in seed order whose profile fits, as it reads now. */
  pick(isWanted: (profile: MemberProfile) => boolean): MemberProfile;
}

/** Registers the file's beforeAll and afterAll; `members` is the seed size. */
export function useWriteSandbox(members: number): WriteSandbox {
  let test: TestSandbox | undefined;
  let rep = '';
  const started = () => {
    if (!test) throw new Error('The write sandbox is used before its beforeAll ran.');
    return test;
  };
  const calls = createSandboxCalls(() => started().sandbox.url);
  beforeAll(async () => {
    test = await startTestSandbox({ members });
    rep = await calls.signIn('rep1');
  });
  afterAll(() => test?.stop());
  return {
    get test() {
      return started();
    },
    calls,
    get rep() {
      return rep;
    },
    pick: (isWanted) => pickMembers(started().sandbox.dbPath, isWanted)[0]!,
  };
}
