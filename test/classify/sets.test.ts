// The classifier's labelled sets (bench/classifierSets.ts): every listed file exists and parses with the
// labels, the held-out set is not among the sets the trainer reads, and no set is a copy of another (the
// writers do share short stock lines — "666", "链接呢", "傻逼" — which is why `npm run eval` also reports
// the held-out rows whose text is in no training set). The held-out file is only checked for being present.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELD_OUT, SETS } from '../../bench/classifierSets';

const dir = join(__dirname, '..', 'fixtures', 'classify');
const TYPES = ['product', 'price', 'purchase', 'shipping', 'after_sales', 'complaint', 'other'];
const MODS = ['ok', 'spam', 'ads', 'abuse'];

function rows(file: string): { text: string }[] {
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string });
}

describe('labelled sets of the classifier', () => {
  it('lists every set once, and not the held-out set', () => {
    const files = SETS.map((s) => s.file);
    expect(new Set(files).size).toBe(files.length);
    expect(files).not.toContain(HELD_OUT);
    expect(existsSync(join(dir, HELD_OUT))).toBe(true);
  });
  it.each(SETS.map((s) => s.file))('%s parses and carries the labels', (file) => {
    for (const r of rows(file) as Record<string, unknown>[]) {
      expect(typeof r.text).toBe('string');
      expect(typeof r.isQuestion).toBe('boolean');
      expect(TYPES).toContain(r.type);
      expect(MODS).toContain(r.moderation);
    }
  });
  it('no set is a copy of another: each shares well under half of its texts with the others', () => {
    const norm = (t: string) => t.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
    const texts = SETS.map((s) => new Set(rows(s.file).map((r) => norm(r.text))));
    texts.forEach((mine, i) => {
      const others = new Set(texts.filter((_, j) => j !== i).flatMap((t) => [...t]));
      const shared = [...mine].filter((t) => others.has(t)).length;
      expect(shared / mine.size, SETS[i].file).toBeLessThan(0.4);
    });
  });
});
