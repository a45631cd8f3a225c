import { describe, expect, it } from 'vitest';
import {
  ageSeconds,
  formatSpan,
  inputToMs,
  msToInput,
  parseNumber,
  pctToRatio,
  ratioToPct,
} from '../../renderer/settings/units';

describe('msToInput / inputToMs', () => {
  it('shows a window in the largest unit that divides it exactly', () => {
    expect(msToInput(30_000)).toEqual({ value: '30', unit: 's' });
    expect(msToInput(90_000)).toEqual({ value: '90', unit: 's' });
    expect(msToInput(120_000)).toEqual({ value: '2', unit: 'min' });
    expect(msToInput(3_600_000)).toEqual({ value: '1', unit: 'h' });
    expect(msToInput(86_400_000)).toEqual({ value: '1', unit: 'day' });
    expect(msToInput(1500)).toEqual({ value: '1.5', unit: 's' });
  });
  it('round-trips every default window', () => {
    for (const ms of [30_000, 60_000, 120_000, 600_000, 300_000, 1_800_000, 86_400_000]) {
      expect(inputToMs(msToInput(ms))).toEqual({ ok: true, value: ms });
    }
  });
  it('converts units and fractions to whole milliseconds', () => {
    expect(inputToMs({ value: '6', unit: 's' })).toEqual({ ok: true, value: 6000 });
    expect(inputToMs({ value: '1.5', unit: 'min' })).toEqual({ ok: true, value: 90_000 });
    expect(inputToMs({ value: '２', unit: 'h' })).toEqual({ ok: true, value: 7_200_000 });
  });
  it('refuses empty, non-numeric, zero, negative, sub-second and over-30-day windows', () => {
    expect(inputToMs({ value: ' ', unit: 's' })).toEqual({ ok: false, problem: 'required' });
    expect(inputToMs({ value: '1e3', unit: 's' })).toEqual({ ok: false, problem: 'not_number' });
    expect(inputToMs({ value: 'abc', unit: 's' })).toEqual({ ok: false, problem: 'not_number' });
    expect(inputToMs({ value: '0', unit: 'min' })).toEqual({ ok: false, problem: 'not_positive' });
    expect(inputToMs({ value: '-5', unit: 's' })).toEqual({ ok: false, problem: 'not_positive' });
    expect(inputToMs({ value: '0.2', unit: 's' })).toEqual({ ok: false, problem: 'too_short' });
    expect(inputToMs({ value: '31', unit: 'day' })).toEqual({ ok: false, problem: 'too_long' });
    expect(inputToMs({ value: '30', unit: 'day' })).toEqual({ ok: true, value: 30 * 86_400_000 });
  });
});

describe('warn percentage', () => {
  it('converts between ratio and percent without float noise', () => {
    expect(ratioToPct(0.7)).toBe('70');
    expect(ratioToPct(0.29)).toBe('29');
    expect(pctToRatio('50')).toEqual({ ok: true, value: 0.5 });
    expect(pctToRatio('33.3%')).toEqual({ ok: true, value: 0.333 });
  });
  it('accepts only values strictly between 0 and 100', () => {
    expect(pctToRatio('0')).toEqual({ ok: false, problem: 'warn_range' });
    expect(pctToRatio('100')).toEqual({ ok: false, problem: 'warn_range' });
    expect(pctToRatio('150')).toEqual({ ok: false, problem: 'warn_range' });
    expect(pctToRatio('-1')).toEqual({ ok: false, problem: 'warn_range' });
    expect(pctToRatio('')).toEqual({ ok: false, problem: 'required' });
    expect(pctToRatio('七十')).toEqual({ ok: false, problem: 'not_number' });
    expect(pctToRatio('99.9')).toEqual({ ok: true, value: 0.999 });
  });
});

describe('parseNumber / ageSeconds', () => {
  it('reads full-width digits and refuses partial numbers', () => {
    expect(parseNumber('１２')).toBe(12);
    expect(parseNumber('1２．5')).toBe(12.5);
    expect(parseNumber('12abc')).toBeNaN();
  });
  it('gives whole seconds since a message, never negative', () => {
    expect(ageSeconds(null, 1000)).toBeNull();
    expect(ageSeconds(10_000, 12_999)).toBe(2);
    expect(ageSeconds(10_000, 9000)).toBe(0);
  });
});

describe('formatSpan', () => {
  it('shows at most two units and drops a zero second part', () => {
    expect(formatSpan(3000, 'zh')).toBe('3 秒');
    expect(formatSpan(210_000, 'zh')).toBe('3 分 30 秒');
    expect(formatSpan(180_000, 'en')).toBe('3 min');
    expect(formatSpan(0.7 * 86_400_000, 'zh')).toBe('16 小时 48 分');
    expect(formatSpan(86_400_000 + 5000, 'en')).toBe('1 d');
    expect(formatSpan(0, 'en')).toBe('0 s');
  });
});
