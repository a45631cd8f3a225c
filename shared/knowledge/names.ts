// Knowledge-base and handover command / event names without zod, for shared/apiNames.ts (the sandboxed
// preload's list). test/contract.test.ts keeps them equal to the maps in shared/apiKnowledge.ts.
export const KNOWLEDGE_COMMAND_NAMES = [
  'kb:list',
  'kb:search',
  'kb:create',
  'kb:update',
  'kb:delete',
  'kb:restore',
  'handover:preview',
  'handover:create',
  'handover:latest',
  'handover:list',
  'handover:ack',
] as const;
export const KNOWLEDGE_EVENT_NAMES = ['kb:changed', 'handover:updated'] as const;
