/**
 * A business outcome the backend answered with one of the route's declared codes (already
 * participating, outside the back-date window…): data the UI acts on, not a fault. It is never logged
 * as a backend failure and never ends the session.
 */
export class BackendRefusal extends Error {
  constructor(
    /** The route's declared `error.code`, e.g. ALREADY_PARTICIPATING. */
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'BackendRefusal';
  }
}
