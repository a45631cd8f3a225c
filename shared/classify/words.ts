/** A keyword list written as `a|b|c` (newlines also separate), so long lists stay compact and diffable. */
export function words(list: string): string[] {
  return list
    .split(/[|\n]/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}
