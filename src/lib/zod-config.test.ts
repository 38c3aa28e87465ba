import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

describe("zod in the browser", () => {
  it("every module that can reach the browser and builds zod schemas imports zod-config before anything else", () => {
    const serverOnly = (source: string) => source.includes('import "server-only"');
    const offenders = files("src")
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts") && !f.startsWith(path.join("src", "lib", "zod-config")))
      .filter((f) => {
        const source = readFileSync(f, "utf8");
        if (!/from "zod(\/mini)?"/.test(source) || serverOnly(source) || f.startsWith(path.join("src", "server"))) return false;
        const firstImport = source.split("\n").find((l) => l.startsWith("import "));
        return firstImport !== 'import "@/lib/zod-config";' && firstImport !== 'import "./zod-config";';
      });
    expect(offenders).toEqual([]);
  });
});
