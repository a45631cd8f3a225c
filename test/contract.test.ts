import { describe, expect, it } from 'vitest';
import {
  commandSchemas,
  COMMAND_NAMES,
  EVENT_NAMES,
  isCommandName,
  isEventName,
  type Events,
} from '../shared/api';

describe('contract name lists', () => {
  it('COMMAND_NAMES lists exactly the commands of commandSchemas', () => {
    expect([...COMMAND_NAMES].sort()).toEqual(Object.keys(commandSchemas).sort());
  });
  it('EVENT_NAMES lists exactly the events of the Events map', () => {
    // A compile-time check: every key of Events must be in the list, and nothing else.
    const all: Record<keyof Events, true> = {
      'comment:batch': true,
      'question:updated': true,
      'deadline:alert': true,
      'stats:updated': true,
      'source:status': true,
      'app:ready': true,
      'policy:updated': true,
      'classifier:updated': true,
      'service:updated': true,
      // knowledge base / handover (shared/apiKnowledge.ts)
      'kb:changed': true,
      'handover:updated': true,
      // viewers / moderation (shared/apiViewers.ts)
      'viewer:tags-updated': true,
      'moderation:updated': true,
    };
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(all).sort());
  });
  it('guards refuse anything else', () => {
    expect(isCommandName('question:answer')).toBe(true);
    expect(isCommandName('__proto__')).toBe(false);
    expect(isCommandName('toString')).toBe(false);
    expect(isEventName('question:updated')).toBe(true);
    expect(isEventName('fs:read')).toBe(false);
  });
});
