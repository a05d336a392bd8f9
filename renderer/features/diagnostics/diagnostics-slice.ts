/**
 * "Export diagnostics" from the palette: main writes the archive and answers where; the store holds
 * that answer so the notice can announce it. Cleared at sign-out with everything else.
 */
import type { SliceTools } from '../../state/console-state';
import { describeFailure } from '../../state/describe-failure';

/** Where the last export stands. */
export type DiagnosticsNotice =
  | { readonly status: 'exporting' }
  | { readonly status: 'saved'; readonly path: string }
  | { readonly status: 'failed'; readonly message: string };

/** The export's state and the actions that start it and put the notice away. */
export interface DiagnosticsSlice {
  readonly diagnostics: DiagnosticsNotice | null;
  exportDiagnostics(): Promise<void>;
  dismissDiagnostics(): void;
}

/** Builds the slice; a second export while one runs is not started (main would answer the same archive). */
export function createDiagnosticsSlice({ set, get, client, holdsPhi }: SliceTools): DiagnosticsSlice {
  return {
    ...holdsPhi({ diagnostics: null }),
    async exportDiagnostics() {
      if (get().diagnostics?.status === 'exporting') return;
      set({ diagnostics: { status: 'exporting' } });
      try {
        const { path } = await client.exportDiagnostics();
        set({ diagnostics: { status: 'saved', path } });
      } catch (error: unknown) {
        set({ diagnostics: { status: 'failed', message: describeFailure(error, { get }) } });
      }
    },
    dismissDiagnostics() {
      set({ diagnostics: null });
    },
  };
}
