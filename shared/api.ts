// The one typed contract between the window (or a remote seat) and the main side.
// Every command and every event is declared once here, with a zod schema for its arguments /
// payload; both transports (Electron IPC and the hub WebSocket) validate against these.
import { z } from 'zod';
import type { Classification, DeskComment, Seat } from './model';
import type { DeadlineAlert, Policy, QuestionStatus, StageRecord } from './deadlines/types';
import type { ClassifierConfig } from './classify/config';
import type { ServiceRules } from './service/types';
import { reportCommandSchemas, type ReportCommandResults } from './apiReports';
import { knowledgeCommandSchemas, type KnowledgeCommandResults, type KnowledgeEvents } from './apiKnowledge';
import { viewerCommandSchemas, type ViewerCommandResults, type ViewerEvents } from './apiViewers';

const id = z.number().int().positive();
const shortText = (max: number) => z.string().trim().min(1).max(max);

export const seatSchema = z.object({
  name: shortText(40),
  role: z.enum(['host', 'cohost', 'support', 'ops', 'supervisor']),
});

/** A question as the panes show it. */
export interface Question {
  id: number;
  sessionId: number;
  commentId: number;
  platform: string;
  channel: 'live' | 'dm' | 'chat';
  userId: string;
  nickname: string;
  text: string;
  type: Classification['type'];
  complexity: Classification['complexity'];
  angry: boolean;
  reasons: string[];
  status: QuestionStatus;
  assignee: string | null;
  handoffNote: string | null;
  etaMinutes: number | null;
  askCount: number;
  askedAt: number;
  updatedAt: number;
  stages: StageRecord[];
}

export interface QuestionEvent {
  id: number;
  questionId: number;
  action: string;
  actor: string;
  role: string;
  at: number;
  detail: string | null;
}

export interface DeskCounts {
  comments: number;
  questions: number;
  open: number;
  answered: number;
  handedOff: number;
  resolved: number;
  dismissed: number;
  deadlinesMet: number;
  deadlinesBreached: number;
  deadlinesOpen: number;
  warnings: number;
}

export type SourceState = 'connecting' | 'live' | 'stalled' | 'reconnecting' | 'ended' | 'failed' | 'stopped';

export interface SourceStatus {
  id: string;
  label: string;
  url: string;
  format: string;
  state: SourceState;
  received: number;
  duplicates: number;
  rejected: number;
  perSecond: number;
  lastMessageAt: number | null;
  reconnects: number;
  error: string | null;
}

export interface SessionInfo {
  sessionId: number;
  title: string;
  startedAt: number;
  seat: Seat;
  now: number;
  sources: SourceStatus[];
  counts: DeskCounts;
  policyVersion: number;
  windows: Record<string, number>;
}

// ---- commands ------------------------------------------------------------------------------

export const coreCommandSchemas = {
  'session:info': z.object({}).strict(),
  'seat:set': seatSchema.strict(),
  'question:list': z
    .object({
      statuses: z
        .array(
          z.enum([
            'open',
            'answered',
            'handed_off',
            'claimed',
            'contacted',
            'resolved',
            'closed',
            'escalated',
            'dismissed',
          ]),
        )
        .max(9)
        .optional(),
      limit: z.number().int().min(1).max(2000).optional(),
    })
    .strict(),
  'question:history': z.object({ questionId: id }).strict(),
  'question:answer': z
    .object({ questionId: id, how: z.enum(['on_air', 'reply']), text: z.string().max(500).optional() })
    .strict(),
  'question:handoff': z.object({ questionId: id, note: z.string().trim().max(500) }).strict(),
  'question:claim': z.object({ questionId: id }).strict(),
  'question:contact': z
    .object({
      questionId: id,
      etaMinutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60),
      text: shortText(500),
    })
    .strict(),
  'question:progress': z.object({ questionId: id, text: shortText(500) }).strict(),
  'question:resolve': z.object({ questionId: id, text: shortText(1000) }).strict(),
  'question:followup': z.object({ questionId: id, text: z.string().max(500).optional() }).strict(),
  'question:dismiss': z.object({ questionId: id, reason: shortText(200) }).strict(),
  'question:reopen': z.object({ questionId: id }).strict(),
  'question:close': z.object({ questionId: id }).strict(),
  'question:reassign': z.object({ questionId: id, to: shortText(40) }).strict(),
  'question:escalate': z.object({ questionId: id, note: shortText(500) }).strict(),
  'question:escalation-reply': z.object({ questionId: id, text: shortText(1000) }).strict(),
  'question:accept-complaint': z.object({ questionId: id }).strict(),
  'question:return-visit': z.object({ questionId: id, text: shortText(1000) }).strict(),
  'policy:get': z.object({}).strict(),
  /** The whole policy (validated by shared/deadlines validatePolicy); saved as the next version. */
  'policy:set': z.object({ policy: z.unknown() }).strict(),
  'classifier:get-config': z.object({}).strict(),
  'classifier:set-config': z.object({ config: z.unknown() }).strict(),
  /** 服务用语 rules and quick replies (validated by shared/service validateServiceRules). */
  'service:get-rules': z.object({}).strict(),
  'service:set-rules': z.object({ rules: z.unknown() }).strict(),
  'source:list': z.object({}).strict(),
  'source:add': z
    .object({
      format: z.enum(['livedesk', 'barragegrab', 'douyinlive', 'blivechat', 'bilibili', 'tiktok', 'twitch']),
      url: z
        .string()
        .trim()
        .max(2000)
        .regex(/^wss?:\/\/[^\s]+$/i, '地址必须以 ws:// 或 wss:// 开头 / URL must start with ws:// or wss://'),
      label: z.string().trim().max(60).optional(),
      /** Twitch channel / blivechat room, passed to the handshake. */
      channel: z.string().trim().max(100).optional(),
      stallSeconds: z.number().int().min(5).max(3600).optional(),
    })
    .strict(),
  'source:remove': z.object({ id: shortText(200) }).strict(),
  'source:set-demo': z.object({ enabled: z.boolean() }).strict(),
  'comment:recent': z.object({ limit: z.number().int().min(1).max(2000).optional() }).strict(),
  'stats:counts': z.object({}).strict(),
} as const;

export const commandSchemas = {
  ...coreCommandSchemas,
  ...reportCommandSchemas,
  ...knowledgeCommandSchemas,
  ...viewerCommandSchemas,
} as const;

export type CoreCommandName = keyof typeof coreCommandSchemas;
/** Commands served by the desk's composition root (sources, session) rather than the engine. */
export type DeskCommandName = Extract<CoreCommandName, `source:${string}` | 'session:info'>;
export type EngineCommandName = Exclude<CoreCommandName, DeskCommandName>;
export type ReportCommandName = keyof typeof reportCommandSchemas;
export type KnowledgeCommandName = keyof typeof knowledgeCommandSchemas;
export type ViewerCommandName = keyof typeof viewerCommandSchemas;
export type CommandName = keyof typeof commandSchemas;
export type CommandArgs<K extends CommandName> = z.input<(typeof commandSchemas)[K]>;

/** What each command returns on success. */
export interface CommandResults extends ReportCommandResults, KnowledgeCommandResults, ViewerCommandResults {
  'session:info': SessionInfo;
  'seat:set': Seat;
  'question:list': Question[];
  'question:history': QuestionEvent[];
  'question:answer': Question;
  'question:handoff': Question;
  'question:claim': Question;
  'question:contact': Question;
  'question:progress': Question;
  'question:resolve': Question;
  'question:followup': Question;
  'question:dismiss': Question;
  'question:reopen': Question;
  'question:close': Question;
  'question:reassign': Question;
  'question:escalate': Question;
  'question:escalation-reply': Question;
  'question:accept-complaint': Question;
  'question:return-visit': Question;
  'policy:get': Policy;
  'policy:set': Policy;
  'classifier:get-config': ClassifierConfig;
  'classifier:set-config': ClassifierConfig;
  'service:get-rules': ServiceRules;
  'service:set-rules': ServiceRules;
  'source:list': SourceStatus[];
  'source:add': SourceStatus[];
  'source:remove': SourceStatus[];
  'source:set-demo': SourceStatus[];
  'comment:recent': DeskComment[];
  'stats:counts': DeskCounts;
}

export type Commands = {
  [K in CommandName]: (args: CommandArgs<K>) => CommandResults[K];
};

// ---- events --------------------------------------------------------------------------------

export interface Events extends KnowledgeEvents, ViewerEvents {
  /** New comments, batched (at most one batch per ~100 ms per connection). */
  'comment:batch': DeskComment[];
  'question:updated': Question;
  'deadline:alert': DeadlineAlert;
  'stats:updated': DeskCounts;
  'source:status': SourceStatus[];
  'app:ready': { sessionId: number };
  'policy:updated': Policy;
  'classifier:updated': ClassifierConfig;
  'service:updated': ServiceRules;
}
export type EventName = keyof Events;

// ---- results -------------------------------------------------------------------------------

export type ErrorCode =
  | 'bad_request'
  | 'not_found'
  | 'conflict'
  | 'invalid_state'
  /** The seat's role may not do this (e.g. a host editing the knowledge base). */
  | 'forbidden'
  | 'internal'
  | 'unknown_command';
export interface ApiError {
  code: ErrorCode;
  message: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

// The name guards live in apiNames.ts (zod-free, so the sandboxed preload stays small); a test keeps
// the lists equal to the maps above.
export { ACCESS_DENIED_CLOSE, COMMAND_NAMES, EVENT_NAMES, isCommandName, isEventName } from './apiNames';

/** Validate a command's raw arguments. Errors come back as data, never thrown. */
export function parseCommandArgs<K extends CommandName>(
  name: K,
  raw: unknown,
): Result<z.output<(typeof commandSchemas)[K]>> {
  const parsed = commandSchemas[name].safeParse(raw ?? {});
  if (parsed.success) return { ok: true, value: parsed.data as z.output<(typeof commandSchemas)[K]> };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length ? ` (${issue.path.join('.')})` : '';
  return {
    ok: false,
    error: { code: 'bad_request', message: `${name}: ${issue?.message ?? 'invalid arguments'}${where}` },
  };
}

/** What the window sees as `window.livedesk` (Electron preload) or the WebSocket client. */
export interface LiveDeskApi {
  invoke<K extends CommandName>(name: K, args: CommandArgs<K>): Promise<Result<CommandResults[K]>>;
  on<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void;
}

// ---- hub wire format (WebSocket transport) -------------------------------------------------

export const wireRequestSchema = z
  .object({
    t: z.literal('req'),
    id: z.number().int().nonnegative(),
    name: z.string().max(64),
    args: z.unknown(),
  })
  .strict();
export type WireRequest = z.infer<typeof wireRequestSchema>;
export type WireMessage =
  { t: 'res'; id: number; result: Result<unknown> } | { t: 'evt'; name: EventName; payload: unknown };
