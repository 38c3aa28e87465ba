import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale detection and prefixing only (`/` redirects by Accept-Language). Never an authorization gate.
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next internals and files with an extension (robots.txt, sitemap.xml, fonts …)
  matcher: "/((?!api|_next|_vercel|bench-floor|.*\\..*).*)",
};
