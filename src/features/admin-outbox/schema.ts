import "@/lib/zod-config";
import { z } from "zod";

export const OUTBOX_STATUSES = ["PENDING", "SENDING", "SENT", "FAILED"] as const;

const searchText = (max: number) => z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.string().max(max).optional());

/** The outbox list's query string (a GET form): anything unexpected falls back to "no filter". */
export const outboxListQuerySchema = z.object({
  /** part of the recipient's address */
  q: searchText(254).catch(undefined),
  status: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
  /** e.g. registration.confirmed; checked against the kinds that exist */
  kind: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^[\w.-]+$/).max(64).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type OutboxListQuery = z.infer<typeof outboxListQuerySchema>;

/** The query string of `query` as it would be linked (defaults left out), optionally on another page. */
export function outboxListQueryString(query: OutboxListQuery, page = query.page): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (query.kind) params.set("kind", query.kind);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}
