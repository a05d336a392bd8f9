import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from './secure-web-preferences';

describe('the window security settings', () => {
  it('pins every webPreference that keeps the renderer untrusted', () => {
    expect(secureWebPreferences('/app/preload/index.js', true)).toEqual({
      preload: '/app/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: false,
    });
  });

  it('allows devtools only when unpackaged', () => {
    expect(secureWebPreferences('/p.js', false).devTools).toBe(true);
    expect(secureWebPreferences('/p.js', true).devTools).toBe(false);
  });
});
