// Report commands of the contract (Ops pane, session review, scorecards, export). Merged into
// shared/api.ts's commandSchemas / CommandResults; served by the main side's report service.

export const reportCommandSchemas = {} as const;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ReportCommandResults {}
