/** The signed-in console: banner, member lookup, the open member, and the dialogs the store says are open. */
import { useEffect, useMemo } from 'react';
import { flushSync } from 'react-dom';
import { FlowDialogs, preloadFlows } from '../features/dialogs/flow-dialogs';
import { DiagnosticsNotice } from '../features/diagnostics/diagnostics-notice';
import { InteractionPanel } from '../features/interaction/interaction-panel';
import { LeadArea } from '../features/lead/lead-area';
import { LeadNotices } from '../features/lead/lead-notices';
import { LEADS_ONLY_MESSAGE } from '../features/lead/lead-slice';
import { MemberArea } from '../features/member/member-area';
import { RecentLookups } from '../features/recent/recent-lookups';
import { MemberSearch } from '../features/search/member-search';
import { useConsoleStore } from '../state/use-console-store';
import { useConsoleStoreApi } from '../state/use-console-store-api';
import { CommandPalette } from './command-palette';
import { FOCUS_TARGETS, focusTarget } from './focus-targets';
import { isCommandAvailable, KEYMAP, type Command, type CommandContext } from './keymap';
import { ShortcutSheet } from './shortcut-sheet';
import { TopBar } from './top-bar';
import { useFocusRescue } from './use-focus-rescue';
import { useGlobalShortcuts } from './use-global-shortcuts';

/** Lays out the landmarks and renders the open dialog. */
export function ConsoleShell() {
  const store = useConsoleStoreApi();
  const dialog = useConsoleStore((state) => state.dialog?.kind ?? null);
  const closeDialog = useConsoleStore((state) => state.closeDialog);
  const hasOpenMember = useConsoleStore((state) => state.memberView !== null);
  const leadScreen = useConsoleStore((state) => state.leadScreen);
  const isLead = useConsoleStore((state) => state.session?.user.role === 'team_lead');
  // A rep is not offered what the backend would refuse them; asked by name, they are told why.
  const commands = useMemo(() => KEYMAP.filter((command) => isLead || !command.isLeadOnly), [isLead]);
  const leadOnly = useMemo(() => (isLead ? [] : KEYMAP.filter((command) => command.isLeadOnly)), [isLead]);
  const context = useMemo<CommandContext>(() => ({ store, openDialog: (kind) => store.getState().openDialog(kind) }), [store]);
  // Locked, only what works in dialogs (the call controls) still answers its key.
  const isLocked = useConsoleStore((state) => state.lockState?.isLocked ?? false);
  useGlobalShortcuts(context, dialog !== null || isLocked);
  useFocusRescue();

  useEffect(() => {
    focusTarget('search');
    void store.getState().loadRecent();
    void store.getState().loadCalls();
    void store.getState().loadInteraction();
    // Not PHI and the same all session: ready before the first flow or calculation needs it.
    void store.getState().loadProgramSettings();
    preloadFlows();
  }, [store]);

  function runFromPalette(command: Command): void {
    // Close first so the dialog hands focus back, then let the command move it where it belongs.
    flushSync(() => closeDialog());
    command.run(context);
  }

  return (
    <>
      <div className="console">
        <TopBar onOpenCommands={() => context.openDialog('palette')} />
        <nav aria-label="Member lookup" className="console-nav">
          <MemberSearch />
          <RecentLookups />
        </nav>
        <main id={FOCUS_TARGETS.main} className="console-main" tabIndex={-1}>
          <LeadNotices />
          {/* Hidden, not unmounted, while a lead screen is open: the member's record and open flows stay as they were. */}
          <div className="member-area" hidden={leadScreen !== null}>
            <MemberArea />
          </div>
          {leadScreen ? <LeadArea screenId={leadScreen} /> : null}
        </main>
        <InteractionPanel />
      </div>
      {dialog === 'palette' ? (
        <CommandPalette
          commands={commands}
          restricted={{ commands: leadOnly, message: LEADS_ONLY_MESSAGE }}
          isAvailable={(command) => isCommandAvailable(command, hasOpenMember)}
          onRun={runFromPalette}
          onClose={closeDialog}
        />
      ) : null}
      {dialog === 'shortcuts' ? <ShortcutSheet commands={commands} onClose={closeDialog} /> : null}
      <FlowDialogs />
      <DiagnosticsNotice />
    </>
  );
}
