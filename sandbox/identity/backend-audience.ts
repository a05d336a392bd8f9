/**
 * The audience the sandbox provider's access tokens name and the sandbox backend requires: a fixed URN
 * rather than the backend's URL, because the backend's port changes from run to run.
 */
export const BACKEND_AUDIENCE = 'urn:rep-console:backend';
