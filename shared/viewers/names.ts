// Viewer and moderation command / event names without zod, for shared/apiNames.ts (the sandboxed
// preload's list). test/contract.test.ts keeps them equal to the maps in shared/apiViewers.ts.
export const VIEWER_COMMAND_NAMES = [
  'viewer:history',
  'viewer:tag-list',
  'viewer:tag-add',
  'viewer:tag-remove',
  'moderation:state',
  'moderation:log',
  'moderation:hide',
  'moderation:unhide',
  'moderation:mute',
  'moderation:unmute',
  'moderation:flag',
] as const;
export const VIEWER_EVENT_NAMES = ['viewer:tags-updated', 'moderation:updated'] as const;
