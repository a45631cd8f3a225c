import { describe, expect, it } from 'vitest';
import { historySuggestions, nextCursor, summarizeQuestions, type ViewerCounts } from './history';

describe('summarizeQuestions', () => {
  it('adds up statuses and counts complaints and after-sales as complaints', () => {
    expect(
      summarizeQuestions([
        { status: 'answered', type: 'price', n: 3 },
        { status: 'resolved', type: 'after_sales', n: 1 },
        { status: 'open', type: 'complaint', n: 2 },
        { status: 'answered', type: 'product', n: 1 },
      ]),
    ).toEqual({ questions: 7, complaints: 3, byStatus: { answered: 4, resolved: 1, open: 2 } });
    expect(summarizeQuestions([])).toEqual({ questions: 0, complaints: 0, byStatus: {} });
  });
});

describe('nextCursor', () => {
  it('points after the last item of a full page, and ends on a short one', () => {
    const items = [
      { ts: 30, commentId: 9 },
      { ts: 20, commentId: 7 },
    ];
    expect(nextCursor(items, 2)).toEqual({ ts: 20, id: 7 });
    expect(nextCursor(items, 3)).toBeNull();
    expect(nextCursor([], 0)).toBeNull();
  });
});

describe('historySuggestions', () => {
  const base: ViewerCounts = {
    comments: 4,
    sessions: 1,
    hidden: 0,
    angry: 0,
    questions: 1,
    complaints: 0,
    byStatus: {},
    firstSeen: 1,
    lastSeen: 2,
  };
  it('suggests from the counts and skips tags the viewer has', () => {
    expect(historySuggestions(base, [])).toEqual([]);
    expect(historySuggestions({ ...base, angry: 1 }, [])).toEqual(['投诉用户']);
    expect(historySuggestions({ ...base, angry: 1, sessions: 4 }, ['投诉用户'])).toEqual(['老客户']);
  });
});
