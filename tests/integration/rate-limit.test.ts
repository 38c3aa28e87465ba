import { describe, expect, it } from "vitest";
import { clearRateLimit, hitRateLimit } from "@/features/rate-limit/data";
import { unique } from "../support/fixtures";

describe("rate limits in PostgreSQL", () => {
  it("allows up to the limit in the window, then refuses; clearing resets", async () => {
    const limit = { bucket: unique("bucket"), limit: 3, windowSeconds: 60 };
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await hitRateLimit(limit, "k"));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    expect(results.map((r) => r.count)).toEqual([1, 2, 3, 3, 3]);
    expect((await hitRateLimit(limit, "other-key")).allowed).toBe(true);
    await clearRateLimit(limit.bucket, "k");
    expect((await hitRateLimit(limit, "k")).allowed).toBe(true);
  });

  it("holds under a concurrent burst: 100 parallel attempts against a limit of 10 let at most a few extra through", async () => {
    const limit = { bucket: unique("burst"), limit: 10, windowSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 100 }, () => hitRateLimit(limit, "k")));
    const allowed = results.filter((r) => r.allowed).length;
    expect(allowed).toBeGreaterThanOrEqual(10);
    expect(allowed).toBeLessThanOrEqual(20);
  });
});
