import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, validatePolicy } from '../../shared/deadlines/policy';
import type { Policy } from '../../shared/deadlines/types';
import {
  draftToPolicy,
  newOverride,
  overrideKey,
  parseOverrideKey,
  policyToDraft,
} from '../../renderer/settings/policyForm';

const withOverrides: Policy = {
  ...DEFAULT_POLICY,
  version: 4,
  overrides: {
    after_sales: { D5: { windowMs: 20 * 60_000, warnRatio: 0.8 } },
    'channel:dm': { D2: { windowMs: 45_000, warnRatio: 0.5 } },
    'complaint|chat': {
      C1: { windowMs: 5 * 60_000, warnRatio: 0.6 },
      D4: { windowMs: 60_000, warnRatio: 0.7 },
    },
  },
};

describe('policy draft', () => {
  it('round-trips a policy with overrides of every scope unchanged', () => {
    const r = draftToPolicy(policyToDraft(withOverrides));
    expect(r).toEqual({ ok: true, policy: withOverrides });
    // and the server would accept it
    expect(validatePolicy(r.ok ? r.policy : null).ok).toBe(true);
  });

  it('applies edits: D4 = 6 s warning at 50 %', () => {
    const d = policyToDraft(DEFAULT_POLICY);
    d.stages.D4 = { window: { value: '6', unit: 's' }, warnPct: '50' };
    const r = draftToPolicy(d);
    expect(r.ok && r.policy.stages.D4).toEqual({ windowMs: 6000, warnRatio: 0.5 });
    expect(r.ok && r.policy.stages.D5).toEqual(DEFAULT_POLICY.stages.D5);
  });

  it('lists every bad field, like the server does', () => {
    const d = policyToDraft(DEFAULT_POLICY);
    d.stages.D1.warnPct = '150';
    d.stages.D2.window.value = '0';
    d.stages.C3.window = { value: '40', unit: 'day' };
    const r = draftToPolicy(d);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([
      { field: 'stage.D1.warn', problem: 'warn_range' },
      { field: 'stage.D2.window', problem: 'not_positive' },
      { field: 'stage.C3.window', problem: 'too_long' },
    ]);
  });

  it('refuses two override rows for the same scope and stage', () => {
    const d = policyToDraft(DEFAULT_POLICY);
    const a = newOverride(d, 'D5');
    const b = { ...newOverride(d, 'D5'), window: { value: '15', unit: 'min' as const } };
    d.overrides = [a, b];
    const r = draftToPolicy(d);
    expect(!r.ok && r.errors).toEqual([{ field: `override.${b.rowId}.key`, problem: 'duplicate' }]);
    d.overrides = [a, { ...b, scope: 'both', channel: 'dm' }];
    const ok = draftToPolicy(d);
    expect(ok.ok && Object.keys(ok.policy.overrides).sort()).toEqual(['after_sales', 'after_sales|dm']);
  });

  it('builds and parses the three override key shapes', () => {
    expect(overrideKey({ scope: 'type', type: 'shipping', channel: 'dm' })).toBe('shipping');
    expect(overrideKey({ scope: 'channel', type: 'shipping', channel: 'dm' })).toBe('channel:dm');
    expect(overrideKey({ scope: 'both', type: 'shipping', channel: 'dm' })).toBe('shipping|dm');
    expect(parseOverrideKey('channel:chat')).toMatchObject({ scope: 'channel', channel: 'chat' });
    expect(parseOverrideKey('price|live')).toEqual({ scope: 'both', type: 'price', channel: 'live' });
    expect(parseOverrideKey('nonsense')).toBeNull();
    expect(parseOverrideKey('price|live|x')).toBeNull();
  });
});
