import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";

export type RateLimit = { bucket: string; limit: number; windowSeconds: number };

/**
 * Records one attempt for `key` in `bucket` and says whether it is within the limit (sliding window).
 * Stored in PostgreSQL so the limit holds across app instances. One statement: count the window and insert only
 * when under the limit (under heavy concurrency a burst may pass the limit by a few attempts, never more).
 */
export async function hitRateLimit(limit: RateLimit, key: string): Promise<{ allowed: boolean; count: number }> {
  const [result] = await hitRateLimits([[limit, key]]);
  return result!;
}

/**
 * Several limits at once (e.g. per IP and per e-mail address), still one statement: each is counted and recorded as
 * if on its own. Results in the order given.
 */
export async function hitRateLimits(hits: Array<[RateLimit, string]>): Promise<Array<{ allowed: boolean; count: number }>> {
  const rows = await db.$queryRaw<Array<{ i: number; count: number; allowed: boolean }>>`
    WITH ${rateLimitCtes(hits)}
    SELECT i::int AS i, n + (n < lim)::int AS count, n < lim AS allowed FROM recent ORDER BY i`;
  // (PostgreSQL runs a data-modifying WITH exactly once whether or not the query reads it.)
  return rows.map(({ count, allowed }) => ({ count, allowed }));
}

/**
 * The common table expressions that count and record the hits, for a statement that does more in the same round
 * trip (the sign-up): `recent` has a row per hit with its count before this one (`n`) and its limit (`lim`); an
 * attempt is recorded only when under its limit. A statement with no hits has an empty `recent`.
 */
export function rateLimitCtes(hits: Array<[RateLimit, string]>): Prisma.Sql {
  const now = Date.now();
  const buckets = hits.map(([limit]) => limit.bucket);
  const keys = hits.map(([, key]) => key);
  const limits = hits.map(([limit]) => limit.limit);
  const since = hits.map(([limit]) => new Date(now - limit.windowSeconds * 1000).toISOString());
  return Prisma.sql`input AS (
      SELECT * FROM unnest(${buckets}::text[], ${keys}::text[], ${limits}::int[], ${since}::timestamptz[])
        WITH ORDINALITY AS t(bucket, key, lim, since, i)
    ), recent AS (
      SELECT input.*, (SELECT count(*)::int FROM "RateLimitHit" h
                       WHERE h.bucket = input.bucket AND h.key = input.key AND h."createdAt" >= input.since) AS n
      FROM input
    ), hit AS (
      INSERT INTO "RateLimitHit" (bucket, key) SELECT bucket, key FROM recent WHERE n < lim RETURNING bucket, key
    )`;
}

/** Forget the attempts of `key` (e.g. after a successful login). */
export async function clearRateLimit(bucket: string, key: string) {
  await db.rateLimitHit.deleteMany({ where: { bucket, key } });
}

/** Housekeeping: drop attempts older than any window we use. */
export async function pruneRateLimitHits(olderThanSeconds = 24 * 3600) {
  await db.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - olderThanSeconds * 1000) } } });
}
