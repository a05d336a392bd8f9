/**
 * The notes a rep types during a call: kept here while typed, checked for card numbers at once
 * (never sent if one is found), and saved to main a few seconds after the last keystroke, on blur, and
 * before wrap-up finishes. Main keeps them in the durable store, so a crash loses at most those seconds.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InteractionView } from '../../../shared/calls/call-views';
import { NotesSchema } from '../../../shared/calls/interaction';
import { useConsoleStore } from '../../state/use-console-store';

/** How long after the last keystroke the notes are saved. */
export const AUTOSAVE_DELAY_MS = 3_000;

/** What the notes field shows under it. */
export type NotesStatus = { readonly kind: 'saved'; readonly at: string } | { readonly kind: 'error'; readonly message: string } | null;

/** The text, its status, and the three ways to save it. */
export interface NotesAutosave {
  readonly text: string;
  readonly status: NotesStatus;
  change(text: string): void;
  /** Saves now if anything changed since the last save; resolves false when the notes could not be saved. */
  flush(): Promise<boolean>;
}

/** Autosaves the notes of one interaction (the caller remounts it per interaction id). */
export function useNotesAutosave(interaction: InteractionView): NotesAutosave {
  const saveNotes = useConsoleStore((state) => state.saveNotes);
  const [text, setText] = useState(interaction.notes);
  const [status, setStatus] = useState<NotesStatus>(interaction.notesSavedAt ? { kind: 'saved', at: interaction.notesSavedAt } : null);
  const saved = useRef(interaction.notes);
  const latest = useRef(interaction.notes);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { id } = interaction;

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const notes = latest.current;
    const checked = NotesSchema.safeParse(notes);
    if (!checked.success) {
      setStatus({ kind: 'error', message: checked.error.issues[0]?.message ?? 'These notes cannot be saved.' });
      return false;
    }
    if (notes === saved.current) return true;
    const answer = await saveNotes(id, notes);
    if ('error' in answer) {
      setStatus({ kind: 'error', message: answer.error });
      return false;
    }
    saved.current = notes;
    if (latest.current === notes) setStatus({ kind: 'saved', at: answer.savedAt });
    return true;
  }, [id, saveNotes]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const change = useCallback(
    (next: string) => {
      latest.current = next;
      setText(next);
      if (timer.current) clearTimeout(timer.current);
      const checked = NotesSchema.safeParse(next);
      // Said at once, and never sent: a card number must not reach main, the disk or a log.
      if (!checked.success) return setStatus({ kind: 'error', message: checked.error.issues[0]?.message ?? 'These notes cannot be saved.' });
      setStatus((current) => (current?.kind === 'error' ? null : current));
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  return { text, status, change, flush };
}
