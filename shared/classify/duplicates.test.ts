import { describe, expect, it } from 'vitest';
import { DuplicateIndex } from './duplicates';
import { createClassifier } from './classifier';

describe('DuplicateIndex', () => {
  it('merges the same question from many viewers into one with a count', () => {
    const clf = createClassifier();
    const idx = new DuplicateIndex();
    const asks = ['M码还有吗', 'm码有吗？', '有没有M码', 'M码还有吗', 'M号有吗'];
    let questionId: number | null = null;
    let count = 0;
    asks.forEach((text, i) => {
      const { type } = clf.classify({ text });
      const key = clf.questionKey(text, type);
      const m = idx.match(key, `viewer${i}`, 1000 * i);
      if (m.existingId === null) {
        questionId = 100;
        idx.add(key, questionId, `viewer${i}`, 1000 * i);
        count = 1;
      } else {
        expect(m.existingId).toBe(100);
        idx.add(key, m.existingId, `viewer${i}`, 1000 * i);
        count++;
      }
    });
    expect(questionId).toBe(100);
    expect(count).toBe(5);
    const after = idx.match(clf.questionKey('M码有吗', 'product'), 'viewerX', 6000);
    expect(after).toMatchObject({ existingId: 100, asks: 5, askers: 5, sameUser: false });
  });

  it('tells a repeat by the same viewer apart', () => {
    const idx = new DuplicateIndex();
    idx.add('k', 1, 'u1', 0);
    expect(idx.match('k', 'u1', 10).sameUser).toBe(true);
    expect(idx.match('k', 'u2', 10).sameUser).toBe(false);
  });

  it('forgets a question after the window (default 10 min), and every ask extends it', () => {
    const idx = new DuplicateIndex();
    idx.add('k', 1, 'u1', 0);
    expect(idx.match('k', 'u2', 9 * 60_000).existingId).toBe(1);
    idx.add('k', 1, 'u2', 9 * 60_000);
    expect(idx.match('k', 'u3', 18 * 60_000).existingId).toBe(1);
    expect(idx.match('k', 'u3', 30 * 60_000).existingId).toBeNull();
    const short = new DuplicateIndex({ windowMs: 1000 });
    short.add('k', 2, 'u', 0);
    expect(short.match('k', 'u', 1500).existingId).toBeNull();
  });

  it('keeps memory bounded, dropping the least recently asked', () => {
    const idx = new DuplicateIndex({ maxKeys: 3 });
    idx.add('a', 1, 'u', 0);
    idx.add('b', 2, 'u', 1);
    idx.add('c', 3, 'u', 2);
    idx.add('a', 1, 'u', 3); // refreshes a
    idx.add('d', 4, 'u', 4); // evicts b
    expect(idx.size).toBe(3);
    expect(idx.match('b', 'u', 5).existingId).toBeNull();
    expect(idx.match('a', 'u', 5).existingId).toBe(1);
  });
});
