// Knowledge base (知识库) and shift handover (交接) commands and events of the contract. Merged into
// shared/api.ts's commandSchemas / CommandResults / Events; names without zod in ./knowledge/names.ts.
// Served by electron/services/knowledge.ts.
import { z } from 'zod';
import type { Handover, HandoverPreview, KbChange, KbEntry } from './knowledge/types';
import type { KbHit } from './knowledge/search';
import { KB_LIMITS } from './knowledge/types';
import {
  kbBodySchema,
  kbCategorySchema,
  kbEntryInputSchema,
  kbKeywordsSchema,
  kbTitleSchema,
} from './knowledge/validate';

const id = z.number().int().positive();
const epochMs = z.number().int().min(0).max(8.64e15);

export const knowledgeCommandSchemas = {
  /** Every live entry (the reply boxes search this copy as the user types); deleted ones on request. */
  'kb:list': z
    .object({ category: kbCategorySchema.optional(), includeDeleted: z.boolean().optional() })
    .strict(),
  'kb:search': z
    .object({
      query: z
        .string()
        .max(KB_LIMITS.query, `最多 ${KB_LIMITS.query} 字 / at most ${KB_LIMITS.query} characters`),
      category: kbCategorySchema.optional(),
      limit: z.number().int().min(1).max(200).optional(),
    })
    .strict(),
  /** Support, ops and supervisors edit the knowledge base; the seat is recorded. */
  'kb:create': kbEntryInputSchema,
  'kb:update': z
    .object({
      id,
      category: kbCategorySchema.optional(),
      title: kbTitleSchema.optional(),
      body: kbBodySchema.optional(),
      keywords: kbKeywordsSchema.optional(),
      /** The updatedAt the editor started from: a newer edit by another seat is refused, not overwritten. */
      expectedUpdatedAt: epochMs.optional(),
    })
    .strict(),
  /** Soft delete (deleted_at): kb:restore brings it back. */
  'kb:delete': z.object({ id }).strict(),
  'kb:restore': z.object({ id }).strict(),
  /** The questions a handover written now would carry. */
  'handover:preview': z.object({}).strict(),
  'handover:create': z
    .object({
      note: z
        .string('交接内容必须是文字 / the note must be text')
        .transform((s) => s.trim())
        .pipe(
          z
            .string()
            .min(1, '请写交接内容 / the note is required')
            .max(2000, '交接内容最多 2000 字 / the note is at most 2000 characters'),
        ),
    })
    .strict(),
  /** The newest handover (null when none was written yet). */
  'handover:latest': z.object({}).strict(),
  'handover:list': z
    .object({
      limit: z.number().int().min(1).max(200).optional(),
      /** Handovers written before this moment (paging back through the history). */
      before: epochMs.optional(),
    })
    .strict(),
  /** The next shift confirms it has read the handover; who and when are recorded. */
  'handover:ack': z.object({ id }).strict(),
} as const;

export interface KnowledgeCommandResults {
  'kb:list': KbEntry[];
  'kb:search': KbHit[];
  'kb:create': KbEntry;
  'kb:update': KbEntry;
  'kb:delete': KbEntry;
  'kb:restore': KbEntry;
  'handover:preview': HandoverPreview;
  'handover:create': Handover;
  'handover:latest': Handover | null;
  'handover:list': Handover[];
  'handover:ack': Handover;
}

export interface KnowledgeEvents {
  /** An entry was created, edited, deleted or restored at some seat. */
  'kb:changed': KbChange;
  /** A handover was written or acknowledged. */
  'handover:updated': Handover;
}
