// Viewer tags / history and co-host moderation (hide, mute, flag) commands and events of the contract.
// Merged into shared/api.ts's commandSchemas / CommandResults / Events; names without zod in
// ./viewers/names.ts.
export const viewerCommandSchemas = {} as const;

export type ViewerCommandResults = Record<never, never>;

export type ViewerEvents = Record<never, never>;
