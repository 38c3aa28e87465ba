// The two route lists (src/features/site/routes.ts and src/features/admin/routes.ts) against the files under src/app:
// every page, route handler, metadata route and server action must be in exactly one list, and every entry must
// point at a file that exists. So the lists the security crawler (tests/e2e/security.spec.ts) and the admin access
// checks (tests/integration/admin-access.test.ts) walk cannot silently miss a new route.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { adminRoutes } from "@/features/admin/routes";
import { publicRoutes } from "./routes";

const APP = path.resolve("src/app");
const ROUTE_FILE = /^(page\.(tsx|ts|jsx|js)|route\.(ts|js)|(sitemap|robots|manifest)\.(ts|js)|(opengraph-image|twitter-image|icon|apple-icon)\.\w+)$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** A file's place in the URL space: relative to src/app, route groups like (public) left out. */
const routeKey = (file: string) =>
  path
    .relative(APP, file)
    .split(path.sep)
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .join("/");

const sourceFiles = (root: string) => walk(root).filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith(".test.ts"));

function serverActionFiles() {
  const files = [...sourceFiles(APP), ...sourceFiles(path.resolve("src/features")), ...sourceFiles(path.resolve("src/server"))];
  const top: string[] = [];
  const inline: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    if (/^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(text)) top.push(file);
    else if (/["']use server["']/.test(text)) inline.push(path.relative(process.cwd(), file));
  }
  return { top, inline };
}

const exportedNames = (text: string) =>
  [...text.matchAll(/^export\s+(?:async\s+)?(?:function\s+(\w+)|const\s+(\w+))/gm)].map((m) => m[1] ?? m[2]!);

const adminPlaceholders = {
  locale: "[locale]",
  eventId: "[eventId]",
  registrationId: "[registrationId]",
  offerSlug: "[slug]",
  applicationId: "[applicationId]",
  organisationId: "[organisationId]",
  userId: "[userId]",
  token: "[token]",
  mailId: "[mailId]",
};
const publicPlaceholders = { locale: "[locale]", eventSlug: "[slug]", offerSlug: "[slug]", regionSlug: "[slug]", organisationSlug: "[slug]", token: "[token]" };

type Entry = { list: "public" | "admin"; name: string; kind: string; dir: string; source?: string };
const entries: Entry[] = [
  ...publicRoutes.map((r) => ({ list: "public" as const, name: r.name, kind: r.kind, dir: r.path(publicPlaceholders).slice(1), source: "source" in r ? r.source : undefined })),
  ...adminRoutes.map((r) => ({ list: "admin" as const, name: r.name, kind: r.kind, dir: r.path(adminPlaceholders).slice(1) })),
];

describe("route lists", () => {
  const files = walk(APP).filter((f) => ROUTE_FILE.test(path.basename(f)));
  const keys = new Set(files.map(routeKey));
  const pageOrRoute = (dir: string) => [`${dir}/page.tsx`, `${dir}/route.ts`].find((k) => keys.has(k));

  it("finds the app's files (the walk itself works)", () => {
    expect(keys).toContain("[locale]/events/[slug]/page.tsx");
    expect(keys).toContain("[locale]/admin/page.tsx");
    expect(keys).toContain("sitemap.ts");
  });

  it("has unique names in each list, and unique action names over both", () => {
    const names = entries.map((e) => (e.kind === "action" ? e.name : `${e.list}:${e.name}`));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it("lists every page, route handler and metadata route under src/app in one of the two lists", () => {
    const claimed = new Map<string, string[]>();
    for (const entry of entries.filter((e) => e.kind !== "action")) {
      const key = entry.source ?? pageOrRoute(entry.dir);
      expect(key, `${entry.list} route ${entry.name}: no page.tsx/route.ts at src/app/${entry.dir}`).toBeDefined();
      expect(keys.has(key!), `${entry.list} route ${entry.name}: src/app/${key} does not exist`).toBe(true);
      claimed.set(key!, [...(claimed.get(key!) ?? []), entry.name]);
    }
    const unlisted = [...keys].filter((k) => !claimed.has(k));
    expect(unlisted, "files under src/app that neither src/features/site/routes.ts nor src/features/admin/routes.ts lists").toEqual([]);
    const twice = [...claimed].filter(([, names]) => names.length > 1);
    expect(twice, "files claimed by more than one entry").toEqual([]);
  });

  it("admin pages are under /[locale]/admin and public ones are not", () => {
    for (const entry of entries) {
      if (entry.list === "admin") expect(entry.dir, entry.name).toMatch(/^\[locale\]\/admin(\/|$)/);
      else expect(entry.dir, entry.name).not.toMatch(/^\[locale\]\/admin(\/|$)/);
    }
  });

  it("lists every exported server action, and each action's page exists", () => {
    const { top, inline } = serverActionFiles();
    expect(inline, "inline 'use server' functions: move them to an actions.ts file so the lists can see them").toEqual([]);
    expect(top.length).toBeGreaterThan(20);
    const exported = new Map<string, string>();
    for (const file of top) for (const name of exportedNames(readFileSync(file, "utf8"))) exported.set(name, path.relative(process.cwd(), file));
    const listedActions = entries.filter((e) => e.kind === "action");
    const listed = new Set(listedActions.map((e) => e.name));
    expect(
      [...exported].filter(([name]) => !listed.has(name)).map(([name, file]) => `${name} (${file})`),
      "server actions in neither list",
    ).toEqual([]);
    expect(listedActions.filter((e) => !exported.has(e.name)).map((e) => e.name), "listed actions that no 'use server' file exports").toEqual([]);
    for (const action of listedActions) expect(keys.has(`${action.dir}/page.tsx`), `${action.name}: no page at src/app/${action.dir}`).toBe(true);
  });
});
