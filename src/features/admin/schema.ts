import "@/lib/zod-config";
import { z } from "zod";
import { locales, type Locale } from "@/i18n/routing";

// Login input: parsed in the server action and again in the Credentials provider's authorize().
// Error messages are keys of the "AdminLogin.errors" messages namespace.

export const loginSchema = z.object({
  email: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(254, { error: "email" })
    .pipe(z.email({ error: "email" }))
    .transform((v) => v.toLowerCase()),
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(1024, { error: "required" }),
});

export type LoginInput = z.infer<typeof loginSchema>;
export type LoginField = keyof LoginInput;

/**
 * Where to go after logging in: only a same-site path under /<locale>/admin (never the login page itself),
 * else the dashboard. Guards against open redirects such as `//evil.example` or `/pl/admin/../../x`.
 */
export function safeAdminNext(next: unknown, locale: Locale): string {
  const dashboard = `/${locale}/admin`;
  if (typeof next !== "string" || next.length > 500) return dashboard;
  if (!/^\/[a-z]{2}\/admin(?:[/?#]|$)/.test(next) || /[\\\s]|\/\/|\/\.\.?(?:[/?#]|$)/.test(next)) return dashboard;
  const nextLocale = next.slice(1, 3);
  if (!(locales as readonly string[]).includes(nextLocale)) return dashboard;
  if (/^\/[a-z]{2}\/admin\/login(?:[/?#]|$)/.test(next)) return dashboard;
  return next;
}
