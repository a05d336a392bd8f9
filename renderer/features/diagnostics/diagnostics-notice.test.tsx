import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeRepConsole, FAKE_DIAGNOSTICS_PATH } from '../../test/create-fake-rep-console';
import { renderConsole } from '../../test/render-console';

afterEach(cleanup);

function runFromPalette(words: string): void {
  fireEvent.keyDown(document.body, { key: 'k', code: 'KeyK', ctrlKey: true });
  const input = screen.getByRole('combobox', { name: 'Type a command' });
  fireEvent.change(input, { target: { value: words } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

describe('Export diagnostics from the palette', () => {
  it('says it is exporting, then where the archive is, and the rep can dismiss it', async () => {
    const fake = createFakeRepConsole();
    await renderConsole(fake);
    const box = screen.getByRole('searchbox', { name: 'Find a member' });
    const release = fake.holdNext('exportDiagnostics');
    runFromPalette('export diag');
    expect(screen.queryByRole('dialog')).toBeNull();
    // Focus goes back where it was: the rep may be mid-call and typing.
    expect(document.activeElement).toBe(box);
    expect((await screen.findByText('Exporting diagnostics…')).getAttribute('aria-live')).toBe('polite');
    release();
    const saved = await screen.findByText(`Diagnostics saved to ${FAKE_DIAGNOSTICS_PATH}`);
    expect(saved.getAttribute('aria-live')).toBe('polite');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Diagnostics saved/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
  });

  it("announces main's reason when the archive could not be written", async () => {
    const fake = createFakeRepConsole();
    await renderConsole(fake);
    fake.failNext('exportDiagnostics', { code: 'INTERNAL', message: 'Diagnostics could not be saved in \\\\fs01\\diag (EACCES). Check that the folder exists and you may write to it, or ask IT.' });
    runFromPalette('export diagnostics');
    const alert = await screen.findByRole('alert', {}, { timeout: 2_000 });
    expect(alert.textContent).toContain('could not be saved in \\\\fs01\\diag');
    expect(screen.queryByText(/Diagnostics saved/)).toBeNull();
  });
});
