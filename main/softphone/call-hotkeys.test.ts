import { describe, expect, it } from 'vitest';
import { callHotkeys } from './call-hotkeys';

describe('global call hotkeys', () => {
  it('registers none unless the policy allows them', () => {
    expect(callHotkeys(false)).toEqual([]);
  });

  it('answers and hangs up with chords distinct from each other and from the console’s own Alt shortcuts', () => {
    const keys = callHotkeys(true);
    expect(keys.map((k) => k.action).sort()).toEqual(['answer', 'hang_up']);
    expect(new Set(keys.map((k) => k.accelerator)).size).toBe(keys.length);
    for (const { accelerator } of keys) expect(accelerator).toMatch(/^CommandOrControl\+Alt\+Shift\+[A-Z]$/);
  });
});
