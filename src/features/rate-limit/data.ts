import "server-only";
import { db } from "@/server/db";

export type RateLimit = { bucket: string; limit: number; windowSeconds: number };

/**
 * Records one attempt for `key` in `bucket` and says whether it is within the limit (sliding window).
 * Stored in PostgreSQL so the limit holds across app instances; a per-key advisory lock makes the count exact.
 */
export async function hitRateLimit({ bucket, limit, windowSeconds }: RateLimit, key: string): Promise<{ allowed: boolean; count: number }> {
  const since = new Date(Date.now() - windowSeconds * 1000);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${bucket}), hashtext(${key}))`;
    const count = await tx.rateLimitHit.count({ where: { bucket, key, createdAt: { gte: since } } });
    if (count >= limit) return { allowed: false, count };
    await tx.rateLimitHit.create({ data: { bucket, key } });
    return { allowed: true, count: count + 1 };
  });
}

/** Forget the attempts of `key` (e.g. after a successful login). */
export async function clearRateLimit(bucket: string, key: string) {
  await db.rateLimitHit.deleteMany({ where: { bucket, key } });
}

/** Housekeeping: drop attempts older than any window we use. */
export async function pruneRateLimitHits(olderThanSeconds = 24 * 3600) {
  await db.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - olderThanSeconds * 1000) } } });
}
