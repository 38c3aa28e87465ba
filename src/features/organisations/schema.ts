import "@/lib/zod-config";
import { z } from "zod";

export const organisationTypes = ["NGO", "INFORMAL_GROUP", "STATUTORY_MINORITY_ORGANISATION", "MIGRANT_ORGANISATION"] as const;

const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.string().max(max).optional());

/** Filters of the public directory, read from the query string. Anything unexpected is ignored, not an error. */
export const directoryFilterSchema = z.object({
  q: optionalText(100).catch(undefined),
  voivodeship: optionalText(40).catch(undefined),
  type: z.enum(organisationTypes).optional().catch(undefined),
  community: optionalText(60).catch(undefined),
  language: optionalText(8).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type DirectoryFilter = z.infer<typeof directoryFilterSchema>;

export const DIRECTORY_PAGE_SIZE = 12;

/** First value of each query parameter (Next gives string | string[]). */
export function firstValues(searchParams: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
