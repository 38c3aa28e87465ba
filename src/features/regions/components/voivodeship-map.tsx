import { createHash } from "node:crypto";
import { useId } from "react";
import map from "../voivodeship-shapes.json";

export type VoivodeshipMapRegion = {
  /** ISO 3166-2 code, e.g. "PL-DS" */
  code: string;
  name: string;
  /** Already localised; makes the region a link. */
  href?: string;
  highlighted?: boolean;
  count?: number;
  /** Spoken with the name, e.g. "12 organisations in the directory". */
  countLabel?: string;
};

type Props = {
  title: string;
  description?: string;
  regions: VoivodeshipMapRegion[];
  className?: string;
};

const [, , WIDTH, HEIGHT] = map.viewBox.split(" ").map(Number);

// The outlines live in one static file (public/map/voivodeships.svg, written by `npm run map:build` from the same
// JSON); the page only references them. The version in the URL changes whenever the shapes do, so browsers and the
// nginx front may cache the file for good.
const version = createHash("sha256").update(JSON.stringify(map.shapes)).digest("hex").slice(0, 10);
export const MAP_SPRITE_URL = `/map/voivodeships.svg?v=${version}`;

/**
 * Poland's 16 voivodeships as SVG from the pre-projected shapes (scripts/build-voivodeship-map.mjs): no map
 * library and no client JS. Links, labels and counts are inline; the outlines come from the cached sprite file. Sizes below are in viewBox units (1000 wide), so the map scales with its container.
 */
export function VoivodeshipMap({ title, description, regions, className }: Props) {
  const id = useId();
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const hasLinks = regions.some((region) => region.href);
  // Highlighted regions last: their outline and labels are then not covered by a neighbour.
  const shapes = map.shapes
    .map((shape) => ({ ...shape, region: byCode.get(shape.code) }))
    .sort((a, b) => Number(a.region?.highlighted ?? false) - Number(b.region?.highlighted ?? false));

  return (
    <svg
      // role="img" would make the links presentational children that screen readers skip; a labelled group keeps
      // them reachable. Without links the map is one image.
      role={hasLinks ? "group" : "img"}
      viewBox={map.viewBox}
      width={WIDTH}
      height={HEIGHT}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-desc` : undefined}
      className={`h-auto w-full max-w-full ${className ?? ""}`}
    >
      <title id={`${id}-title`}>{title}</title>
      {description ? <desc id={`${id}-desc`}>{description}</desc> : null}
      {shapes.map(({ code, label, region }) => {
        const highlighted = region?.highlighted ?? false;
        const body = (
          <>
            <use href={`${MAP_SPRITE_URL}#${code}`} className={highlighted ? "map-shape-marked" : "map-shape"} />
            <RegionLabels region={region} label={label} />
          </>
        );
        const name = region?.countLabel ? `${region.name}: ${region.countLabel}` : region?.name;
        if (region?.href) {
          return (
            <a key={code} href={region.href} aria-label={name} className="group no-underline">
              {body}
            </a>
          );
        }
        // A marked region without a link still tells screen readers what it shows; the rest is backdrop.
        return highlighted || region?.count !== undefined ? (
          <g key={code} role="img" aria-label={name}>
            {body}
          </g>
        ) : (
          <g key={code} aria-hidden="true">
            {body}
          </g>
        );
      })}
    </svg>
  );
}

const BADGE_RADIUS = 22;

/** Count badge at the label point, name of a highlighted region below it; the link's aria-label already says both. */
function RegionLabels({ region, label: [x = 0, y = 0] }: { region?: VoivodeshipMapRegion; label: number[] }) {
  if (!region || (region.count === undefined && !region.highlighted)) return null;
  const nameY = region.count === undefined ? y : y + BADGE_RADIUS + 24;
  return (
    <g aria-hidden="true" className="pointer-events-none select-none">
      {region.count !== undefined ? (
        <>
          <circle cx={x} cy={y} r={Math.max(BADGE_RADIUS, 8 + 7 * String(region.count).length)} className="map-badge" />
          <text x={x} y={y} className="map-count">
            {region.count}
          </text>
        </>
      ) : null}
      {region.highlighted ? (
        <text x={x} y={nameY} className="map-name">
          {region.name}
        </text>
      ) : null}
    </g>
  );
}
