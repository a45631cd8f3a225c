/**
 * A stable message key for sources that send no message id (Bilibili `DANMU_MSG` before the
 * `extra.id_str` field existed, blivechat frames without `id`, LiveDesk frames without `msgId`).
 *
 * The key is FNV-1a (64-bit) over the fields joined with U+001F, so the same message received twice
 * (e.g. replayed after a reconnect) gets the same key and is de-duplicated on (platform, msgId),
 * while two identical texts from the same viewer at different platform times stay distinct.
 * Pass the platform time whenever the source has one: without it, a viewer repeating the same
 * words would collapse into one comment. Keys look like `k-1f2e3d4c5b6a7980`.
 */
const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;

export function stableKey(...parts: Array<string | number | null | undefined>): string {
  let h = FNV64_OFFSET;
  const s = parts.map((p) => (p === null || p === undefined ? '' : String(p))).join('\u001f');
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    // Two bytes per UTF-16 unit so that non-Latin text hashes every bit.
    h = ((h ^ BigInt(u & 0xff)) * FNV64_PRIME) & MASK64;
    h = ((h ^ BigInt(u >> 8)) * FNV64_PRIME) & MASK64;
  }
  return `k-${h.toString(16).padStart(16, '0')}`;
}
