import "server-only";
import { db } from "@/server/db";
import type { Locale } from "@/i18n/routing";
import { localized } from "@/lib/localized";

/** Choices of the sign-up form: approved organisations of the directory and the voivodeships, in the reader's language. */
export async function loadFormOptions(locale: Locale) {
  const [organisations, voivodeships] = await Promise.all([
    db.organisation.findMany({ where: { moderationStatus: "APPROVED" }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.voivodeship.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, namePl: true, nameUk: true, nameEn: true } }),
  ]);
  return {
    organisations,
    voivodeships: voivodeships.map((v) => ({ code: v.code, name: localized(v, "name", locale) })),
  };
}
