import type { MetadataRoute } from "next";
import { env } from "@/server/env";

export const dynamic = "force-dynamic"; // APP_URL is known at run time, not at build time

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/*/admin", "/*/manage", "/*/confirm", "/*/events/*/register", "/*/applications", "/*/offers/*/apply", "/*/organisations/submission", "/*/organisations/join"] },
    sitemap: `${env.APP_URL}/sitemap.xml`,
  };
}
