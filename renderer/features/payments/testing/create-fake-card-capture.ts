/**
 * The fake bridge's recording pause and secure keypad capture, as main answers them for the payment
 * screens: whether a softphone is paired, every pause and resume asked, and handles to report a
 * capture's progress and its token the way main pushes calls:secure-capture-changed.
 */
import type { SecureCaptureView } from '../../../../shared/calls/call-views';
import type { RepConsoleApi } from '../../../../shared/ipc/bridge';
import type { Result } from '../../../../shared/ipc/result';

type CaptureMethods = 'pauseCallRecording' | 'resumeCallRecording' | 'startSecureCapture' | 'stopSecureCapture' | 'onSecureCaptureChanged';
type Answer = <T>(method: keyof RepConsoleApi, value: () => T) => Promise<Result<T>>;

/** The methods for the bridge and the handles tests act as main with. */
export interface FakeCardCapture {
  readonly api: Pick<RepConsoleApi, CaptureMethods>;
  /** Every recording command, in order. */
  readonly recordingCommands: readonly ('pause' | 'resume')[];
  /** Capture ids started and stopped by the screen. */
  readonly captures: { readonly started: readonly string[]; readonly stopped: readonly string[] };
  /** Whether a softphone is paired (it takes the pause); false by default: the manual checkpoint. */
  setSoftphonePaired(isPaired: boolean): void;
  /** Pushes calls:secure-capture-changed for the last capture started. */
  emitSecureCapture(view: Omit<SecureCaptureView, 'captureId'>): void;
}

/** Builds the part of the fake. */
export function createFakeCardCapture(answer: Answer): FakeCardCapture {
  let isPaired = false;
  const recordingCommands: ('pause' | 'resume')[] = [];
  const captures = { started: [] as string[], stopped: [] as string[] };
  const listeners = new Set<(view: SecureCaptureView) => void>();
  return {
    api: {
      pauseCallRecording: () => answer('pauseCallRecording', () => (recordingCommands.push('pause'), { isPaired })),
      resumeCallRecording: () => answer('resumeCallRecording', () => (recordingCommands.push('resume'), { isPaired })),
      startSecureCapture: () =>
        answer('startSecureCapture', () => {
          const captureId = `capture-${captures.started.length + 1}`;
          captures.started.push(captureId);
          return { captureId };
        }),
      stopSecureCapture: ({ captureId }) => answer('stopSecureCapture', () => (captures.stopped.push(captureId), null)),
      onSecureCaptureChanged: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    recordingCommands,
    captures,
    setSoftphonePaired: (paired) => {
      isPaired = paired;
    },
    emitSecureCapture: (view) => {
      const captureId = captures.started.at(-1) ?? 'capture-none';
      listeners.forEach((listener) => listener({ captureId, ...view }));
    },
  };
}
