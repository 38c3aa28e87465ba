import "@/lib/zod-config";
import { z } from "zod";
import type { ModerationStatus } from "@/generated/prisma/enums";
import { organisationTypes } from "@/features/organisations/schema";
import { optionalText, VOIVODESHIP_CODES } from "@/features/registrations/schema";

export const MODERATION_STATUSES = ["PENDING", "CHANGES_REQUESTED", "APPROVED", "REJECTED", "UNPUBLISHED"] as const satisfies readonly ModerationStatus[];

/** What a coordinator can do with a submission, the statuses each is allowed from, and where it leads. */
export const MODERATION_DECISIONS = ["approve", "requestChanges", "reject", "unpublish", "republish"] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

export const DECISION_RULES: Record<ModerationDecision, { from: readonly ModerationStatus[]; to: ModerationStatus; mail: "approved" | "changesRequested" | "rejected" | null }> = {
  approve: { from: ["PENDING", "CHANGES_REQUESTED", "REJECTED"], to: "APPROVED", mail: "approved" },
  requestChanges: { from: ["PENDING", "CHANGES_REQUESTED"], to: "CHANGES_REQUESTED", mail: "changesRequested" },
  reject: { from: ["PENDING", "CHANGES_REQUESTED"], to: "REJECTED", mail: "rejected" },
  unpublish: { from: ["APPROVED"], to: "UNPUBLISHED", mail: null },
  republish: { from: ["UNPUBLISHED"], to: "APPROVED", mail: null },
};

export const decisionsFrom = (status: ModerationStatus) => MODERATION_DECISIONS.filter((d) => DECISION_RULES[d].from.includes(status));

/** A moderation decision; the note goes into the mail to the contact person (required when asking for changes). */
export const moderationSchema = z
  .object({
    decision: z.enum(MODERATION_DECISIONS, { error: "invalidChoice" }),
    note: optionalText(2000, { multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "requestChanges" && v.note.length < 2) ctx.addIssue({ code: "custom", path: ["note"], message: "noteRequired" });
  });

const searchText = (max: number) => z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.string().max(max).optional());

/** The moderation list's query string (a GET form): anything unexpected falls back to "no filter". */
export const organisationListQuerySchema = z.object({
  q: searchText(100).catch(undefined),
  status: z.enum(MODERATION_STATUSES).optional().catch(undefined),
  voivodeship: z.enum(VOIVODESHIP_CODES).optional().catch(undefined),
  type: z.enum(organisationTypes).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type OrganisationListQuery = z.infer<typeof organisationListQuerySchema>;

/** The query string of `query` as it would be linked (defaults left out), optionally on another page. */
export function organisationListQueryString(query: OrganisationListQuery, page = query.page): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (query.voivodeship) params.set("voivodeship", query.voivodeship);
  if (query.type) params.set("type", query.type);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}
