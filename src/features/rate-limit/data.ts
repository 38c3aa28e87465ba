import "server-only";
import { db } from "@/server/db";

export type RateLimit = { bucket: string; limit: number; windowSeconds: number };

/**
 * Records one attempt for `key` in `bucket` and says whether it is within the limit (sliding window).
 * Stored in PostgreSQL so the limit holds across app instances. One statement: count the window and insert only
 * when under the limit (under heavy concurrency a burst may pass the limit by a few attempts, never more).
 */
export async function hitRateLimit({ bucket, limit, windowSeconds }: RateLimit, key: string): Promise<{ allowed: boolean; count: number }> {
  const since = new Date(Date.now() - windowSeconds * 1000);
  const [row] = await db.$queryRaw<Array<{ count: number; allowed: boolean }>>`
    WITH recent AS (
      SELECT count(*)::int AS n FROM "RateLimitHit" WHERE bucket = ${bucket} AND key = ${key} AND "createdAt" >= ${since}
    ), hit AS (
      INSERT INTO "RateLimitHit" (bucket, key) SELECT ${bucket}, ${key} FROM recent WHERE n < ${limit} RETURNING 1
    )
    SELECT (SELECT n FROM recent) + (SELECT count(*)::int FROM hit) AS count, EXISTS (SELECT 1 FROM hit) AS allowed`;
  return { allowed: row!.allowed, count: row!.count };
}

/** Forget the attempts of `key` (e.g. after a successful login). */
export async function clearRateLimit(bucket: string, key: string) {
  await db.rateLimitHit.deleteMany({ where: { bucket, key } });
}

/** Housekeeping: drop attempts older than any window we use. */
export async function pruneRateLimitHits(olderThanSeconds = 24 * 3600) {
  await db.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - olderThanSeconds * 1000) } } });
}
