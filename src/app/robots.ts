import type { MetadataRoute } from "next";
import { env } from "@/server/env";

export const dynamic = "force-dynamic"; // APP_URL is known at run time, not at build time

export default function robots(): MetadataRoute.Robots {
  return {
    // The public forms (sign-up, application, joining the directory) may be found in search; what follows them, and
    // every personal page, may not.
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/*/admin", "/*/manage", "/*/confirm", "/*/events/*/register/sent", "/*/applications", "/*/offers/*/apply/sent", "/*/organisations/submission", "/*/organisations/join/sent"],
    },
    sitemap: `${env.APP_URL}/sitemap.xml`,
  };
}
