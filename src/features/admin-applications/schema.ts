import "@/lib/zod-config";
import { z } from "zod";
import { SORT_DIRECTIONS } from "@/features/admin-registrations/schema";
import { APPLICATION_STATUSES, type ApplicationStatus } from "@/features/applications/schema";
import { optionalText, VOIVODESHIP_CODES } from "@/features/registrations/schema";

export const APPLICATION_SORTS = ["created", "name", "status", "score"] as const;

/** The statuses a coordinator can set (WITHDRAWN is the applicant's own). */
export const REVIEW_STATUSES = ["IN_REVIEW", "ACCEPTED", "WAITLISTED", "DECLINED"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
/** Statuses that are decisions: the applicant gets a mail (with the coordinator's optional message). */
export const DECISION_STATUSES = ["ACCEPTED", "WAITLISTED", "DECLINED"] as const satisfies readonly ReviewStatus[];

/** new → in review → accepted / waitlisted / declined; the waiting list can still be accepted or declined. */
export const NEXT_STATUSES: Record<ApplicationStatus, readonly ReviewStatus[]> = {
  NEW: ["IN_REVIEW", "ACCEPTED", "WAITLISTED", "DECLINED"],
  IN_REVIEW: ["ACCEPTED", "WAITLISTED", "DECLINED"],
  WAITLISTED: ["ACCEPTED", "DECLINED"],
  ACCEPTED: [],
  DECLINED: [],
  WITHDRAWN: [],
};

const searchText = (max: number) => z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.string().max(max).optional());

/** An offer's application list (a GET form): anything unexpected falls back to "no filter" rather than an error. */
export const applicationListQuerySchema = z.object({
  q: searchText(100).catch(undefined),
  status: z.enum(APPLICATION_STATUSES).optional().catch(undefined),
  voivodeship: z.enum(VOIVODESHIP_CODES).optional().catch(undefined),
  sort: z.enum(APPLICATION_SORTS).catch("created").default("created"),
  dir: z.enum(SORT_DIRECTIONS).catch("desc").default("desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type ApplicationListQuery = z.infer<typeof applicationListQuerySchema>;

/** The query string of `query` as it would be linked (defaults left out), optionally on another page. */
export function applicationListQueryString(query: ApplicationListQuery, page = query.page): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (query.voivodeship) params.set("voivodeship", query.voivodeship);
  if (query.sort !== "created") params.set("sort", query.sort);
  if (query.dir !== "desc") params.set("dir", query.dir);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** A status change; the message goes into the decision mail (message keys of "Validation" as errors). */
export const statusChangeSchema = z.object({
  status: z.enum(REVIEW_STATUSES, { error: "invalidChoice" }),
  message: optionalText(2000, { multiline: true }),
});

/** The reviewer's assessment: a score 0–10 against the offer's criteria (empty: not scored yet) and notes. */
export const reviewSchema = z.object({
  score: z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? null : typeof v === "string" && /^\d{1,2}$/.test(v.trim()) ? Number(v) : v),
    z.number({ error: "invalidChoice" }).int({ error: "invalidChoice" }).min(0, { error: "invalidChoice" }).max(10, { error: "invalidChoice" }).nullable(),
  ),
  reviewerNotes: optionalText(5000, { multiline: true }),
});
