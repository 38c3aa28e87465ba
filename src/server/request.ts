import "server-only";
import { headers } from "next/headers";

/**
 * The client's IP address for rate limits. `next start` sets x-forwarded-for from the socket; behind the nginx
 * front (deploy/nginx.conf) nginx sets it. The last entry is the one added by the nearest trusted hop.
 */
export async function clientIp() {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? h.get("x-real-ip") ?? "unknown";
}
