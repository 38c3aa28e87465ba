import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale detection and prefixing only: `/` and other paths without a locale redirect by Accept-Language. Never an
// authorization gate.
export default createMiddleware(routing);

export const config = {
  // Only paths WITHOUT a locale prefix: every page under /pl, /uk and /en is served without the proxy, since
  // running it costs as much as serving a cached page (bench/README.md). Those pages set their locale themselves
  // (pageLocale → setRequestLocale), and code that runs outside a page passes the locale explicitly.
  // Also skipped: API routes, Next internals and files with an extension (robots.txt, sitemap.xml, fonts …).
  matcher: "/((?!api|_next|_vercel|bench-floor|(?:pl|uk|en)(?:/|$)|.*\\..*).*)",
};
