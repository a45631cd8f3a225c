// Every command and event name of the contract, without zod: the preload (sandboxed, bundled) and the
// boundary checks use these. test/contract.test.ts keeps them equal to the maps in api.ts.
import type { CommandName, EventName } from './api';
import { REPORT_COMMAND_NAMES } from './reports/names';
import { KNOWLEDGE_COMMAND_NAMES, KNOWLEDGE_EVENT_NAMES } from './knowledge/names';
import { VIEWER_COMMAND_NAMES, VIEWER_EVENT_NAMES } from './viewers/names';

export const COMMAND_NAMES: readonly CommandName[] = [
  'session:info',
  'seat:set',
  'question:list',
  'question:history',
  'question:answer',
  'question:handoff',
  'question:claim',
  'question:contact',
  'question:progress',
  'question:resolve',
  'question:followup',
  'question:dismiss',
  'question:reopen',
  'question:close',
  'question:reassign',
  'question:escalate',
  'question:escalation-reply',
  'question:accept-complaint',
  'question:return-visit',
  'policy:get',
  'policy:set',
  'classifier:get-config',
  'classifier:set-config',
  'service:get-rules',
  'service:set-rules',
  'source:list',
  'source:add',
  'source:remove',
  'source:set-demo',
  'comment:recent',
  'stats:counts',
  ...REPORT_COMMAND_NAMES,
  ...KNOWLEDGE_COMMAND_NAMES,
  ...VIEWER_COMMAND_NAMES,
];

export const EVENT_NAMES: readonly EventName[] = [
  'comment:batch',
  'question:updated',
  'deadline:alert',
  'stats:updated',
  'source:status',
  'app:ready',
  'policy:updated',
  'classifier:updated',
  'service:updated',
  ...KNOWLEDGE_EVENT_NAMES,
  ...VIEWER_EVENT_NAMES,
];

/** Hub WebSocket close code: missing or wrong LAN access code (the client stops retrying and says so). */
export const ACCESS_DENIED_CLOSE = 4401;

const commandSet: ReadonlySet<string> = new Set(COMMAND_NAMES);
const eventSet: ReadonlySet<string> = new Set(EVENT_NAMES);

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && commandSet.has(name);
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && eventSet.has(name);
}
