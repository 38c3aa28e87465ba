import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const dev = process.env.NODE_ENV !== "production";

// Static (prerendered) pages cannot carry per-request nonces, so scripts are limited to our own origin plus
// Next's inline bootstrap. Nothing is loaded from another origin. See docs/decisions/003-security-headers.md.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${dev ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

/**
 * The Link header naming a page's versions in the three languages, Polish as the default. Search engines want them
 * absolute: headers are fixed at build time, so `npm run build` takes APP_URL from the environment when it is set.
 */
const origin = (process.env.APP_URL ?? "").replace(/\/$/, "");
const alternates = (rest: string) =>
  [...["pl", "uk", "en"].map((locale) => `<${origin}/${locale}${rest}>; rel="alternate"; hreflang="${locale}"`), `<${origin}/pl${rest}>; rel="alternate"; hreflang="x-default"`].join(", ");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next hashes every HTML response in JavaScript for its ETag: ~9 % of the server's CPU when serving cached pages
  // (bench/README.md). Public pages are ISR-cached and fronted by nginx; a 304 would save a phone little.
  generateEtags: false,
  serverExternalPackages: ["@node-rs/argon2", "pg"],
  async headers() {
    const privatePage = [{ key: "X-Robots-Tag", value: "noindex, nofollow" }];
    return [
      { source: "/:path*", headers: securityHeaders },
      // hreflang alternates of every localised page (what next-intl's proxy would send; it runs only on unprefixed paths)
      { source: "/:locale(pl|uk|en)", headers: [{ key: "Link", value: alternates("") }] },
      { source: "/:locale(pl|uk|en)/:path+", headers: [{ key: "Link", value: alternates("/:path+") }] },
      // the map outlines; their URL carries a version that changes with the file (voivodeship-map.tsx)
      { source: "/map/:path*", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
      // personal pages (links from mails) and the coordinators' area are never indexed
      { source: "/:locale/admin/:path*", headers: privatePage },
      { source: "/:locale/manage/:path*", headers: privatePage },
      { source: "/:locale/confirm/:path*", headers: privatePage },
      { source: "/:locale/applications/:path*", headers: privatePage },
      { source: "/:locale/organisations/submission/:path*", headers: privatePage },
    ];
  },
};

export default createNextIntlPlugin()(nextConfig);
