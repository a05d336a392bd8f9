import { describe, expect, it } from 'vitest';
import { ConfigSchema, type Config } from '../policy/config-schema';
import { describePolicy } from './describe-policy';

const config = ConfigSchema.parse({ backend: { url: 'https://m3p.example-plan.com/v1?key=abc123#frag' }, updates: { feedUrl: 'https://updates.example-plan.com/rep-console' } });

describe('the policy part of the diagnostics archive', () => {
  it('lists every setting with its value and its source, default where no source set it', () => {
    const { settings, problem } = describePolicy(config, { 'updates.feedUrl': 'Windows registry HKLM\\Software\\Policies\\RepConsole' });
    expect(problem).toBeNull();
    expect(settings.find((entry) => entry.setting === 'updates.feedUrl')).toEqual({ setting: 'updates.feedUrl', value: 'https://updates.example-plan.com/rep-console', source: 'Windows registry HKLM\\Software\\Policies\\RepConsole' });
    expect(settings.find((entry) => entry.setting === 'session.idleLockSeconds')).toEqual({ setting: 'session.idleLockSeconds', value: 600, source: 'default' });
    expect(settings.find((entry) => entry.setting === 'identity.extraScopes')?.value).toEqual([]);
  });

  it('says the sources are unknown when the caller had none, and carries the reason the policy failed', () => {
    const { settings, problem } = describePolicy(config, null, 'policy file /etc/rep-console/policy.json is not valid JSON');
    expect(new Set(settings.map((entry) => entry.source))).toEqual(new Set(['unknown']));
    expect(problem).toBe('policy file /etc/rep-console/policy.json is not valid JSON');
  });

  it('removes the query and fragment of a URL, and the value of any credential-like setting', () => {
    // A future setting named like a secret must never reach the archive, whatever its section.
    const withSecrets = { ...config, identity: { ...config.identity, clientSecret: 's3cr3t-v4lue' }, backend: { ...config.backend, apiToken: 'tok-998877' } } as Config;
    const text = JSON.stringify(describePolicy(withSecrets, null));
    expect(text).not.toContain('abc123');
    expect(text).not.toContain('frag');
    expect(text).not.toContain('s3cr3t-v4lue');
    expect(text).not.toContain('tok-998877');
    const settings = describePolicy(withSecrets, null).settings;
    expect(settings.find((entry) => entry.setting === 'backend.url')?.value).toBe('https://m3p.example-plan.com/v1 [query removed]');
    expect(settings.find((entry) => entry.setting === 'identity.clientSecret')?.value).toBe('[removed]');
    expect(settings.find((entry) => entry.setting === 'identity.clientId')?.value).toBe('rep-console');
  });
});
