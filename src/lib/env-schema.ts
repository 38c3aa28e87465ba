import "./zod-config";
import { z } from "zod";

const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);

export const envSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
  APP_URL: z.url("must be an absolute URL, e.g. https://komm.example.org").transform((u) => u.replace(/\/$/, "")),
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ protocol: /^smtps?$/, message: "must be a nodemailer URL, e.g. smtp://user:pass@host:587 or smtps://…:465" }).optional(),
  ),
  MAIL_FROM: z.string().min(3).default("KOMM <no-reply@localhost>"),
  ADMIN_EMAIL: z.preprocess(emptyAsUndefined, z.email().optional()),
  ADMIN_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(12, "must be at least 12 characters").optional()),
  /** the dashboard flags a language once this many people ask for interpretation into it */
  INTERPRETATION_ALERT_THRESHOLD: z.preprocess(emptyAsUndefined, z.coerce.number().int("must be a whole number").min(1).max(10_000).default(5)),
  /** months after an event ends (an application is decided or withdrawn) before its personal data is anonymised */
  RETENTION_MONTHS: z.preprocess(emptyAsUndefined, z.coerce.number().int("must be a whole number").min(1).max(240).default(12)),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment, or throws one error, on one line, that names every missing or bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join(".")} ${i.code === "invalid_type" && source[String(i.path[0])] === undefined ? "is missing" : i.message}`);
  throw new Error(`invalid environment (see .env.example): ${problems.join("; ")}`);
}
