// Knowledge base (知识库) and shift handover (交接) commands and events of the contract. Merged into
// shared/api.ts's commandSchemas / CommandResults / Events; names without zod in ./knowledge/names.ts.
export const knowledgeCommandSchemas = {} as const;

export type KnowledgeCommandResults = Record<never, never>;

export type KnowledgeEvents = Record<never, never>;
