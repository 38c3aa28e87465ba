import "@/lib/zod-config";
import * as z from "zod/mini";
import { preprocess } from "@/features/registrations/schema";
import { organisationTypes } from "./fields";

export { organisationTypes } from "./fields";

const optionalText = (max: number) =>
  preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.optional(z.string().check(z.maxLength(max))));

/** Filters of the public directory, read from the query string. Anything unexpected is ignored, not an error. */
export const directoryFilterSchema = z.object({
  q: z.catch(optionalText(100), undefined),
  voivodeship: z.catch(optionalText(40), undefined),
  type: z.catch(z.optional(z.enum(organisationTypes)), undefined),
  community: z.catch(optionalText(60), undefined),
  language: z.catch(optionalText(8), undefined),
  page: z._default(z.catch(z.coerce.number().check(z.int(), z.gte(1), z.lte(10_000)), 1), 1),
});

export type DirectoryFilter = z.infer<typeof directoryFilterSchema>;

export const DIRECTORY_PAGE_SIZE = 12;

/** First value of each query parameter (Next gives string | string[]). */
export function firstValues(searchParams: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
