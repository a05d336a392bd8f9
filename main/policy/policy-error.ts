/** Raised when the settings in force cannot be worked out; the message is written for IT and names where each bad value is set. */
export class PolicyError extends Error {
  override name = 'PolicyError';
}
