#!/usr/bin/env node
// First-load JavaScript of the public pages, gzip, split into the framework's share and ours.
// Next 16 no longer prints first-load JS in `next build`; it writes .next/diagnostics/route-bundle-stats.json: per
// route, the chunks a first visit loads (firstLoadChunkPaths) and their uncompressed size. This script gzips each chunk
// (level 9, as the gzip-size package Next used to print with) and counts:
//   - framework: the chunks of /bench-floor, a bare page of the same build outside the [locale] tree (React, Next's
//     client runtime): ≈ 132 KB;
//   - ours: the route's chunks that /bench-floor does not load: our components and the libraries we add to the client
//     (next-intl's provider, react-hook-form and zod on the forms).
// Targets: ours ≤ 20 KB on content pages, ≤ 60 KB on pages with a form. Coordinator-area routes are listed in the
// JSON but not judged. No server or database; needs a build (`--build` or none in .next: runs `next build`).
// Writes bench/results/bundle-size-<timestamp>.json.
//
// Usage: node bench/bundle-size.mjs [--build]
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { ensureBuild, machineInfo, writeResult } from "./support/harness.mjs";

const TARGET_CONTENT_KB = 20;
const TARGET_FORM_KB = 60;
const FLOOR = "/bench-floor";
// Pages whose main content is a form people fill in (react-hook-form + zod on the client).
const FORM = /\/(register|apply|join|follow-up)$|\/(manage|submission)\/\[token\]$/;

try {
  ensureBuild({ routes: [FLOOR] });
  const stats = JSON.parse(readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8"));
  const gzipped = new Map();
  const gzipBytes = (file) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
    return gzipped.get(file);
  };
  const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
  const sum = (files) => files.reduce((s, f) => s + gzipBytes(f), 0);

  const floor = stats.find((r) => r.route === FLOOR);
  if (!floor) throw new Error(`route-bundle-stats.json has no ${FLOOR}`);
  const framework = new Set(floor.firstLoadChunkPaths);
  const frameworkKb = kb(sum([...framework]));

  const routes = stats
    .filter((r) => r.route.startsWith("/[locale]"))
    .map((r) => {
      const own = r.firstLoadChunkPaths.filter((f) => !framework.has(f));
      const area = r.route.startsWith("/[locale]/admin") ? "admin" : FORM.test(r.route) ? "form" : "content";
      const targetKb = { content: TARGET_CONTENT_KB, form: TARGET_FORM_KB, admin: null }[area];
      const ownKb = kb(sum(own));
      return {
        route: r.route,
        area,
        firstLoadKb: kb(sum(r.firstLoadChunkPaths)),
        ownKb,
        // a route that skips one of the floor's chunks would make "ours" look smaller than it is
        frameworkChunksMissing: [...framework].filter((f) => !r.firstLoadChunkPaths.includes(f)).length,
        ownChunks: own.map((f) => ({ file: f, gzipKb: kb(gzipBytes(f)) })),
        targetKb,
        met: targetKb === null ? null : ownKb <= targetKb,
      };
    })
    .sort((a, b) => a.area.localeCompare(b.area) || b.ownKb - a.ownKb || a.route.localeCompare(b.route));

  console.log(`first-load JS, gzip (level 9); framework = ${FLOOR}'s ${framework.size} chunks = ${frameworkKb} KB\n`);
  console.log(`  ${"route".padEnd(48)} ${"first load".padStart(10)} ${"ours".padStart(7)}  target`);
  for (const r of routes.filter((r) => r.area !== "admin")) {
    const mark = `≤ ${r.targetKb} KB: ${r.met ? "met" : "NOT met"}`;
    console.log(`  ${r.route.padEnd(48)} ${r.firstLoadKb.toFixed(1).padStart(10)} ${r.ownKb.toFixed(1).padStart(7)}  ${mark}${r.frameworkChunksMissing ? " (skips framework chunks!)" : ""}`);
  }
  const worst = (area) => routes.filter((r) => r.area === area).reduce((a, b) => (b.ownKb > (a?.ownKb ?? -1) ? b : a), null);
  const summary = {
    content: { maxOwnKb: worst("content").ownKb, route: worst("content").route, targetKb: TARGET_CONTENT_KB, met: worst("content").ownKb <= TARGET_CONTENT_KB },
    form: { maxOwnKb: worst("form").ownKb, route: worst("form").route, targetKb: TARGET_FORM_KB, met: worst("form").ownKb <= TARGET_FORM_KB },
  };
  console.log(`\n  content pages: largest ours ${summary.content.maxOwnKb} KB (${summary.content.route}), target ≤ ${TARGET_CONTENT_KB} KB: ${summary.content.met ? "met" : "NOT met"}`);
  console.log(`  form pages:    largest ours ${summary.form.maxOwnKb} KB (${summary.form.route}), target ≤ ${TARGET_FORM_KB} KB: ${summary.form.met ? "met" : "NOT met"}`);

  const file = writeResult("bundle-size", {
    date: new Date().toISOString(),
    machine: machineInfo(),
    buildId: readFileSync(".next/BUILD_ID", "utf8").trim(),
    framework: { route: FLOOR, gzipKb: frameworkKb, chunks: [...framework] },
    summary,
    routes,
    targets: { contentKb: TARGET_CONTENT_KB, formKb: TARGET_FORM_KB },
  });
  console.log(`\nwritten ${file}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
