import { describe, expect, it } from 'vitest';
import { createLogBudget } from './create-log-budget';

describe('the log budget', () => {
  it('writes up to the budget per window, then counts what it left out when the next window opens', () => {
    const lines: string[] = [];
    let clock = 0;
    const budget = createLogBudget({ write: (line) => lines.push(line), perWindow: 2, windowMs: 1_000, now: () => new Date(clock) });
    for (const reason of ['a', 'b', 'c', 'd']) budget.log(reason);
    clock = 1_000;
    budget.log('e');
    expect(lines).toEqual(['a', 'b', '2 more like it were not logged in the last 1 s.', 'e']);
  });
});
