// The report commands' names without zod, for shared/apiNames.ts (the sandboxed preload's list).
// test/reports keeps it equal to the schema map in shared/apiReports.ts.
export const REPORT_COMMAND_NAMES = [
  'report:sessions',
  'report:session-review',
  'report:compare',
  'report:stats',
  'report:scorecards',
  'report:decide',
  'report:decisions',
  'report:rules-get',
  'report:rules-set',
  'report:rate',
  'report:export',
] as const;
export type ReportCommandNameList = (typeof REPORT_COMMAND_NAMES)[number];
