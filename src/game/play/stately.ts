// The Stately inspector's browser entry, in a chunk of its own (loaded only with ?inspect).
export { createBrowserInspector } from '@statelyai/inspect';
