/** The signed-in console: banner, member lookup, the open member, and the two keyboard dialogs. */
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { MemberArea } from '../features/member/member-area';
import { RecentLookups } from '../features/recent/recent-lookups';
import { MemberSearch } from '../features/search/member-search';
import { useConsoleStore } from '../state/use-console-store';
import { useConsoleStoreApi } from '../state/use-console-store-api';
import { CommandPalette } from './command-palette';
import { FOCUS_TARGETS, focusTarget } from './focus-targets';
import { isCommandAvailable, KEYMAP, type Command, type CommandContext, type DialogKind } from './keymap';
import { ShortcutSheet } from './shortcut-sheet';
import { TopBar } from './top-bar';
import { useFocusRescue } from './use-focus-rescue';
import { useGlobalShortcuts } from './use-global-shortcuts';

/** Lays out the landmarks and owns which dialog is open. */
export function ConsoleShell() {
  const store = useConsoleStoreApi();
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const hasOpenMember = useConsoleStore((state) => state.memberView !== null);
  const context = useMemo<CommandContext>(() => ({ store, openDialog: setDialog }), [store]);
  useGlobalShortcuts(context, dialog !== null);
  useFocusRescue();

  useEffect(() => {
    focusTarget('search');
    void store.getState().loadRecent();
  }, [store]);

  function runFromPalette(command: Command): void {
    // Close first so the dialog hands focus back, then let the command move it where it belongs.
    flushSync(() => setDialog(null));
    command.run(context);
  }

  const closeDialog = () => setDialog(null);
  return (
    <>
      <div className="console">
        <TopBar onOpenCommands={() => setDialog('palette')} />
        <nav aria-label="Member lookup" className="console-nav">
          <MemberSearch />
          <RecentLookups />
        </nav>
        <main id={FOCUS_TARGETS.main} className="console-main" tabIndex={-1}>
          <MemberArea />
        </main>
      </div>
      {dialog === 'palette' ? (
        <CommandPalette
          commands={KEYMAP}
          isAvailable={(command) => isCommandAvailable(command, hasOpenMember)}
          onRun={runFromPalette}
          onClose={closeDialog}
        />
      ) : null}
      {dialog === 'shortcuts' ? <ShortcutSheet commands={KEYMAP} onClose={closeDialog} /> : null}
    </>
  );
}
