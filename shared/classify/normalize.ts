// Text folding used by every matcher: full-width → ASCII, upper → lower, circled / parenthesized /
// super- and subscript digits → digits, "fancy" Unicode letters (𝓈𝒷, 𝐯𝐱, ℬ) → ASCII letters.
// A hand-written fold instead of String.prototype.normalize('NFKC') on every comment: it is several
// times faster and covers what viewers actually type to dodge filters (ＶＸ, ①③⑧, the ideographic space U+3000).

const NEEDS_FOLD =
  /[A-Z\u3000\uFF01-\uFF5E\u2460-\u24FF\u2776-\u2793\u00B2\u00B3\u00B9\u2070-\u2089\u2102-\u2134\uD835]/;

/** Letter-like symbols used as "fancy" letters (the holes of the Mathematical Alphanumeric block). */
const LETTERLIKE: Record<number, number> = {
  0x2102: 0x63,
  0x210a: 0x67,
  0x210b: 0x68,
  0x210c: 0x68,
  0x210d: 0x68,
  0x210e: 0x68,
  0x2110: 0x69,
  0x2111: 0x69,
  0x2112: 0x6c,
  0x2113: 0x6c,
  0x2115: 0x6e,
  0x2119: 0x70,
  0x211a: 0x71,
  0x211b: 0x72,
  0x211c: 0x72,
  0x211d: 0x72,
  0x2124: 0x7a,
  0x2128: 0x7a,
  0x212c: 0x62,
  0x212d: 0x63,
  0x212f: 0x65,
  0x2130: 0x65,
  0x2131: 0x66,
  0x2133: 0x6d,
  0x2134: 0x6f,
};

function foldCode(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32; // A-Z
  if (c < 0xb2) return c;
  if (c >= 0xff01 && c <= 0xff5e) {
    const a = c - 0xfee0; // full-width ASCII
    return a >= 0x41 && a <= 0x5a ? a + 32 : a;
  }
  if (c === 0x3000) return 0x20;
  if (c >= 0x2460 && c <= 0x2468) return 0x31 + (c - 0x2460); // ①-⑨
  if (c >= 0x2474 && c <= 0x247c) return 0x31 + (c - 0x2474); // ⑴-⑼
  if (c >= 0x2488 && c <= 0x2490) return 0x31 + (c - 0x2488); // ⒈-⒐
  if (c === 0x24ea || c === 0x24ff) return 0x30; // ⓪ ⓿
  if (c >= 0x2776 && c <= 0x277e) return 0x31 + (c - 0x2776); // ❶-❾
  if (c >= 0x2780 && c <= 0x2788) return 0x31 + (c - 0x2780); // ➀-➈
  if (c >= 0x278a && c <= 0x2792) return 0x31 + (c - 0x278a); // ➊-➒
  if (c >= 0x24b6 && c <= 0x24cf) return 0x61 + (c - 0x24b6); // Ⓐ-Ⓩ
  if (c >= 0x24d0 && c <= 0x24e9) return 0x61 + (c - 0x24d0); // ⓐ-ⓩ
  if (c >= 0x249c && c <= 0x24b5) return 0x61 + (c - 0x249c); // ⒜-⒵
  if (c === 0xb9) return 0x31; // ¹
  if (c === 0xb2 || c === 0xb3) return 0x30 + (c - 0xb0); // ² ³
  if (c >= 0x2070 && c <= 0x2079) return 0x30 + (c - 0x2070); // ⁰ ⁴-⁹
  if (c >= 0x2080 && c <= 0x2089) return 0x30 + (c - 0x2080); // ₀-₉
  const l = LETTERLIKE[c];
  return l === undefined ? c : l;
}

/** Mathematical Alphanumeric Symbols (U+1D400–U+1D7FF) → ASCII; -1 when not a letter or digit. */
function foldMath(cp: number): number {
  if (cp >= 0x1d400 && cp <= 0x1d6a3) return 0x61 + (((cp - 0x1d400) % 52) % 26);
  if (cp >= 0x1d7ce && cp <= 0x1d7ff) return 0x30 + ((cp - 0x1d7ce) % 10);
  return -1;
}

/** Lower-case, half-width form of a comment. Returns the input itself when nothing needs folding. */
export function fold(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xd835 && i + 1 < text.length) {
      const m = foldMath(text.codePointAt(i)!);
      if (m >= 0) {
        out += String.fromCharCode(m);
        i++;
        continue;
      }
    }
    out += String.fromCharCode(foldCode(c));
  }
  return out;
}

const CN_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  幺: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  壹: '1',
  贰: '2',
  叁: '3',
  肆: '4',
  伍: '5',
  陆: '6',
  柒: '7',
  捌: '8',
  玖: '9',
};
const CN_DIGIT_RE = /[〇零一幺二两三四五六七八九壹贰叁肆伍陆柒捌玖]/g;

/**
 * The digits of a folded text with separators removed, Chinese numerals mapped to digits:
 * "1 3 8-0013 8000" → "13800138000", "一三八零零一三八零零零" → "13800138000".
 * Only used for contact-number detection, so words made of numerals are fine to mangle.
 */
export function digitSkeleton(folded: string): string {
  return folded
    .replace(CN_DIGIT_RE, (d) => CN_DIGITS[d]) // keycap digits (1️⃣) leave a variation selector and a combining keycap behind: drop them too
    .replace(/(?:[\s\-_.·,，、—~|/\\*+]|\ufe0f|\u20e3)+/g, '');
}

const DIGIT_LIKE = new Uint8Array(65536);
for (let d = 0x30; d <= 0x39; d++) DIGIT_LIKE[d] = 1;
for (const k of Object.keys(CN_DIGITS)) DIGIT_LIKE[k.charCodeAt(0)] = 1;

/** How many characters of a folded text digitSkeleton() would turn into digits (ASCII or Chinese numerals):
 * a cheap test before building the skeleton — a phone number needs 11. */
export function digitLikeCount(folded: string): number {
  let n = 0;
  for (let i = 0; i < folded.length; i++) n += DIGIT_LIKE[folded.charCodeAt(i)];
  return n;
}

/** Strip a text to letters, digits and CJK (drops punctuation, emoji, spaces). */
export function compact(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]+/gu, '');
}
