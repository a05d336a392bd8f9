/** The envelope every call returns across the bridge: a value, or a stable code and a sentence a rep can act on. */
import { z } from 'zod';

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNTRUSTED_SENDER',
  'NOT_SIGNED_IN',
  'FORBIDDEN',
  'NOT_FOUND',
  'BACKEND_UNREACHABLE',
  'BACKEND_TIMEOUT',
  'BACKEND_ERROR',
  'BACKEND_CONTRACT',
  'OFFLINE_NOT_CACHED',
  'RATE_LIMITED',
  'STORE_UNAVAILABLE',
  'OUTCOME_UNKNOWN',
  /** The caller on the line has not matched the identifiers the client requires for this (ADR 10). */
  'VERIFICATION_REQUIRED',
  /** The call came by a launch hook or the CTI feed, or the softphone is not connected: the console cannot act on it. */
  'CALL_NOT_CONTROLLABLE',
  /** Single sign-on: the rep cancelled, or the attempt timed out. */
  'SIGN_IN_CANCELLED',
  /** Single sign-on did not finish: the provider refused, the answer was not this attempt's, or it could not be reached. */
  'SIGN_IN_FAILED',
  /** Someone other than the signed-in rep re-authenticated (unlocking): they must sign out instead. */
  'DIFFERENT_USER',
  /** The console is locked (idle or on request): member reads and changes wait for the rep to unlock. */
  'CONSOLE_LOCKED',
  /** Unlocking failed: the password was wrong (someone else proving who they are is DIFFERENT_USER). */
  'UNLOCK_REFUSED',
  'INTERNAL',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const AppErrorSchema = z.object({ code: ErrorCodeSchema, message: z.string().min(1) });
export type AppError = z.infer<typeof AppErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** An error that carries its code and readable message up to the IPC wrapper. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
