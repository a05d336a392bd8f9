import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, PolicyError } from './load-config';

function policyFile(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'policy-')), 'policy.json');
  writeFileSync(path, content);
  return path;
}

describe('loading the configuration', () => {
  it('uses defaults and the developer backend URL when there is no policy file', () => {
    const config = loadConfig({ env: { REPCONSOLE_BACKEND_URL: 'http://127.0.0.1:4010/' }, policyPath: '/nonexistent/policy.json' });
    expect(config.backend).toEqual({ url: 'http://127.0.0.1:4010', timeoutMs: 8000, maxRetries: 2 });
    expect(config.cache.ttlSeconds).toBe(43_200);
  });

  it("lets IT's machine policy win over the environment", () => {
    const path = policyFile(JSON.stringify({ backend: { url: 'https://m3p.plan.example' }, cache: { maxEntriesPerRep: 50 } }));
    const config = loadConfig({ env: { REPCONSOLE_BACKEND_URL: 'http://127.0.0.1:4010' }, policyPath: path });
    expect(config.backend.url).toBe('https://m3p.plan.example');
    expect(config.cache.maxEntriesPerRep).toBe(50);
    expect(config.cache.ttlSeconds).toBe(43_200);
  });

  it('refuses an invalid policy with a message naming the file and each bad setting', () => {
    const path = policyFile(JSON.stringify({ backend: { url: 'ftp://files.example', timeoutMs: 5 }, cache: { ttlSecs: 60 } }));
    expect(() => loadConfig({ env: {}, policyPath: path })).toThrow(PolicyError);
    try {
      loadConfig({ env: {}, policyPath: path });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain(path);
      expect(message).toContain('backend.url');
      expect(message).toContain('backend.timeoutMs');
      expect(message).toContain('ttlSecs');
    }
  });

  it('refuses plain http to another machine, and allows it only to this one', () => {
    for (const url of ['http://m3p.plan.example', 'http://10.1.2.3:8080', 'http://127.0.0.1.nip.io', 'http://localhost.evil.example']) {
      const path = policyFile(JSON.stringify({ backend: { url } }));
      expect(() => loadConfig({ env: {}, policyPath: path }), url).toThrow(/backend\.url must use https/);
    }
    expect(() => loadConfig({ env: { REPCONSOLE_BACKEND_URL: 'http://m3p.plan.example' }, policyPath: '/nonexistent/policy.json' })).toThrow(/must use https/);
    for (const url of ['http://127.0.0.1:4010', 'http://localhost:4010', 'http://[::1]:4010', 'https://m3p.plan.example']) {
      expect(loadConfig({ env: { REPCONSOLE_BACKEND_URL: url }, policyPath: '/nonexistent/policy.json' }).backend.url, url).toBe(url);
    }
  });

  it('refuses a URL that is not one, or that carries credentials, with the setting named', () => {
    for (const [url, message] of [
      ['m3p.plan.example', /backend\.url must be an http\(s\) URL/],
      ['not a url', /backend\.url must be an http\(s\) URL/],
      ['https://user:secret@m3p.plan.example', /must not contain a user name or password/],
      ['http://evil.example\t@127.0.0.1', /must not contain a user name or password/],
      ['http://127.0.0.1@evil.example', /must not contain a user name or password/],
    ] as const) {
      const path = policyFile(JSON.stringify({ backend: { url } }));
      expect(() => loadConfig({ env: {}, policyPath: path }), url).toThrow(PolicyError);
      expect(() => loadConfig({ env: {}, policyPath: path }), url).toThrow(message);
    }
  });

  it('takes the payment processor from its own setting, with the same https rule and its own name in the message', () => {
    const config = loadConfig({ env: { REPCONSOLE_PROCESSOR_URL: 'http://127.0.0.1:4011/' }, policyPath: '/nonexistent/policy.json' });
    expect(config.processor).toEqual({ url: 'http://127.0.0.1:4011', timeoutMs: 10_000 });
    expect(loadConfig({ env: {}, policyPath: '/nonexistent/policy.json' }).processor.url).toBeNull();
    const path = policyFile(JSON.stringify({ processor: { url: 'http://tokens.processor.example', timeoutMs: 4000 } }));
    expect(() => loadConfig({ env: {}, policyPath: path })).toThrow(/processor\.url must use https: card numbers/);
    const secure = policyFile(JSON.stringify({ processor: { url: 'https://tokens.processor.example', timeoutMs: 4000 } }));
    expect(loadConfig({ env: { REPCONSOLE_PROCESSOR_URL: 'http://127.0.0.1:4011' }, policyPath: secure }).processor).toEqual({ url: 'https://tokens.processor.example', timeoutMs: 4000 });
  });

  it('refuses a policy file that is not JSON', () => {
    const path = policyFile('{ backend: ');
    expect(() => loadConfig({ env: {}, policyPath: path })).toThrow(/is not valid JSON/);
  });

  it('accepts the example policy IT starts from, with every section the console reads', () => {
    const example = join(import.meta.dirname, '../../docs/admin/policy.example.json');
    const config = loadConfig({ env: {}, policyPath: example });
    expect(config.processor.url).toBe('https://tokens.example-processor.com');
    expect(config.softphone).toMatchObject({ linkPort: 47_615, allowGlobalHotkeys: false });
  });
});
