// Viewer and moderation command / event names without zod, for shared/apiNames.ts (the sandboxed
// preload's list). test/contract.test.ts keeps them equal to the maps in shared/apiViewers.ts.
export const VIEWER_COMMAND_NAMES = [] as const;
export const VIEWER_EVENT_NAMES = [] as const;
