// 服务用语 rules through the engine: defaults, validation errors as data, stored in settings (survives a
// restart), service:updated emitted on save.
import { afterEach, describe, expect, it } from 'vitest';
import { DeskEngine } from '../../electron/services/engine';
import { DEFAULT_POLICY } from '../../shared/deadlines/index';
import { checkReply, DEFAULT_SERVICE_RULES, type ServiceRules } from '../../shared/service/index';
import { t } from '../../renderer/i18n';
import { createDB, steppedClock } from '../helpers/db';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

const ops = { seat: { name: '运营小周', role: 'ops' as const } };

function engine(db: ReturnType<typeof createDB>['db'], updates: ServiceRules[]) {
  const e = new DeskEngine(db, 1, steppedClock(), DEFAULT_POLICY, {
    comments: () => {},
    question: () => {},
    alert: () => {},
    counts: () => {},
    service: (r) => updates.push(r),
  });
  cleanups.push(() => e.close());
  return e;
}

describe('service:get-rules / service:set-rules', () => {
  it('serves the defaults, stores a valid edit, emits it and keeps it after a restart', () => {
    const h = createDB();
    cleanups.push(h.cleanup);
    const updates: ServiceRules[] = [];
    const e = engine(h.db, updates);
    expect(e.call(ops, 'service:get-rules', {})).toEqual({ ok: true, value: DEFAULT_SERVICE_RULES });

    const edited: ServiceRules = {
      ...DEFAULT_SERVICE_RULES,
      forbidden: [
        ...DEFAULT_SERVICE_RULES.forbidden,
        { pattern: '但是', kind: 'plain', suggestion: '同时', reason: '转折 / contrast', except: [] },
      ],
    };
    const saved = e.call(ops, 'service:set-rules', { rules: edited });
    expect(saved).toEqual({ ok: true, value: edited });
    expect(updates).toEqual([edited]);

    const again = engine(h.db, []);
    const got = again.call(ops, 'service:get-rules', {});
    expect(
      got.ok && checkReply('亲，但是可以换', got.value as ServiceRules).issues.map((i) => i.match),
    ).toEqual(['但是']);
  });

  it('refuses invalid rules with bilingual errors, stores nothing and emits nothing', () => {
    const h = createDB();
    cleanups.push(h.cleanup);
    const updates: ServiceRules[] = [];
    const e = engine(h.db, updates);
    const bad = {
      ...DEFAULT_SERVICE_RULES,
      forbidden: [{ pattern: '', kind: 'plain', suggestion: '我们不负责', reason: '' }],
    };
    const r = e.call(ops, 'service:set-rules', { rules: bad });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('bad_request');
      expect(r.error.message).toContain(
        '禁用语 / forbidden phrase #1 · 词 / pattern: 词不能为空 / pattern is required',
      );
    }
    expect(e.call(ops, 'service:set-rules', { rules: 'nope' }).ok).toBe(false);
    expect(e.call(ops, 'service:set-rules', {}).ok).toBe(false);
    expect(updates).toEqual([]);
    expect(h.db.prepare("SELECT count(*) AS n FROM settings WHERE key = 'service'").get()).toEqual({ n: 0 });
    expect(e.call(ops, 'service:get-rules', {})).toEqual({ ok: true, value: DEFAULT_SERVICE_RULES });
  });

  it('falls back to the defaults when the stored value is unreadable', () => {
    const h = createDB();
    cleanups.push(h.cleanup);
    h.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('service', '{oops', 0)").run();
    expect(engine(h.db, []).call(ops, 'service:get-rules', {})).toEqual({
      ok: true,
      value: DEFAULT_SERVICE_RULES,
    });
  });

  it("the app's own default reply texts pass the default check", () => {
    for (const lang of ['zh'] as const) {
      for (const key of [
        'support.contactDefault',
        'support.followupText',
        'support.returnVisitText',
      ] as const) {
        expect([key, checkReply(t(lang, key, { n: 10 }), DEFAULT_SERVICE_RULES).issues]).toEqual([key, []]);
      }
    }
  });
});
