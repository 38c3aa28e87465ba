#!/usr/bin/env node
// Merges translated namespaces into messages/{pl,uk,en}.json in one quick read-modify-write per file.
// Usage: node scripts/add-messages.mjs file.json   where file.json is { "pl": { "Ns": {...} }, "uk": {...}, "en": {...} }
// Namespaces given replace the existing ones of the same name; others stay as they are.
import fs from "node:fs";

const input = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
// Several people may merge at once: take a directory lock so no read-modify-write loses another's namespaces.
const lock = "messages/.lock";
for (let tries = 0; ; tries++) {
  try {
    fs.mkdirSync(lock);
    break;
  } catch (error) {
    if (error.code !== "EEXIST" || tries > 200) throw error;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
process.on("exit", () => fs.rmSync(lock, { recursive: true, force: true }));
for (const locale of ["pl", "uk", "en"]) {
  if (!input[locale]) throw new Error(`missing locale ${locale} in ${process.argv[2]}`);
  const file = `messages/${locale}.json`;
  const current = JSON.parse(fs.readFileSync(file, "utf8"));
  fs.writeFileSync(file, JSON.stringify({ ...current, ...input[locale] }, null, 2) + "\n");
}
console.log(`merged ${Object.keys(input.pl).join(", ")} into messages/{pl,uk,en}.json`);
