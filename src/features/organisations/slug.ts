// Web addresses of organisation profiles: lower-case ASCII words joined by hyphens, made from the organisation's
// name. Polish letters lose their diacritics (ł → l, ż → z …); Ukrainian, Belarusian and Russian Cyrillic is
// transliterated (Ukrainian national system of 2010), since many groups write their names only in Cyrillic.

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "h", ґ: "g", д: "d", е: "e", є: "ie", ж: "zh", з: "z", и: "y", і: "i", ї: "i", й: "i",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch",
  ш: "sh", щ: "shch", ь: "", ю: "iu", я: "ia", ё: "io", ы: "y", э: "e", ъ: "", ў: "u", "’": "", "'": "", "ʼ": "",
};

const SPECIAL: Record<string, string> = { ł: "l", ß: "ss", æ: "ae", ø: "o", œ: "oe", đ: "d", ð: "d", þ: "th", "&": " i " };

export const SLUG_MAX_LENGTH = 80;

/** "Fundacja „Żółć” – Łódź" → "fundacja-zolc-lodz"; "" when nothing Latin or Cyrillic is left. */
export function slugify(name: string): string {
  const ascii = [...name.normalize("NFC").toLowerCase()]
    .map((ch) => CYRILLIC[ch] ?? SPECIAL[ch] ?? ch)
    .join("")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "");
  const slug = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= SLUG_MAX_LENGTH) return slug;
  // cut at a word boundary when there is one not too far back
  const cut = slug.slice(0, SLUG_MAX_LENGTH);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > SLUG_MAX_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}

/** Slugs that are pages of their own under /organisations, so never a profile's address. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["join", "submission"]);

/** The first of base, base-2, base-3 … that is neither taken nor reserved. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  const root = base || "organizacja";
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!taken.has(candidate) && !RESERVED_SLUGS.has(candidate)) return candidate;
  }
}
