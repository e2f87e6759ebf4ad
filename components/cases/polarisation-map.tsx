import { getTranslations } from "next-intl/server";
import type { GameChanger, PolarisationRole } from "@/lib/generated/prisma/enums";
import { GAME_CHANGERS, POLARISATION_ROLES } from "@/lib/cases/rules";
import { wrapText } from "./wrap-text";

type MapRole = { role: PolarisationRole; position: number; description?: string };

/**
 * Two layouts of one map: wide, with the role names in a column of their own left of the
 * lanes (never under a marker); and narrow, for phones, with each name above its lane, so
 * both poles fit on the screen without scrolling.
 */
type Layout = {
  width: number;
  names: number;
  left: number;
  right: number;
  middle: number;
  laneTop: number;
  laneHeight: number;
  axis: number;
  height: number;
};

const POLE_LINE = 17;
const POLE_LINES = 3;

function layout(width: number, names: number, laneTop: number, laneHeight: number): Layout {
  const left = names + 50;
  const right = width - 50;
  const axis = laneTop + POLARISATION_ROLES.length * laneHeight + 10;
  return {
    width,
    names,
    left,
    right,
    middle: (left + right) / 2,
    laneTop,
    laneHeight,
    axis,
    height: axis + 44 + POLE_LINES * POLE_LINE,
  };
}

const WIDE = layout(760, 150, 24, 46);
const NARROW = layout(420, 0, 30, 54);

const x = (l: Layout, position: number) => l.left + (Math.min(100, Math.max(0, position)) / 100) * (l.right - l.left);
const laneY = (l: Layout, role: PolarisationRole) =>
  l.laneTop + POLARISATION_ROLES.indexOf(role) * l.laneHeight + l.laneHeight / 2;

/** One shape per role, so the map reads without colour (and in black and white print). */
function Marker({ role, cx, cy }: { role: PolarisationRole; cx: number; cy: number }) {
  const r = 13;
  const common = { className: `map-marker map-marker-${role.toLowerCase()}`, strokeWidth: 2 };
  switch (role) {
    case "PUSHER":
      return (
        <polygon
          {...common}
          points={`${cx},${cy - r} ${cx + r},${cy + r - 2} ${cx - r},${cy + r - 2}`}
          fill="#9a3412"
          stroke="#431407"
        />
      );
    case "JOINER":
      return <circle {...common} cx={cx} cy={cy} r={r - 1} fill="#c2410c" stroke="#431407" />;
    case "SILENT_MIDDLE":
      return (
        <rect
          {...common}
          x={cx - r + 1}
          y={cy - r + 1}
          width={2 * r - 2}
          height={2 * r - 2}
          fill="#4b5a5e"
          stroke="#1d2527"
        />
      );
    case "BRIDGE_BUILDER":
      return (
        <polygon
          {...common}
          points={`${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`}
          fill="#175858"
          stroke="#0b2b2b"
        />
      );
    case "SCAPEGOAT":
      return (
        <polygon
          {...common}
          points={`${cx - r},${cy - r + 3} ${cx - r + 3},${cy - r} ${cx},${cy - 3} ${cx + r - 3},${cy - r} ${cx + r},${cy - r + 3} ${cx + 3},${cy} ${cx + r},${cy + r - 3} ${cx + r - 3},${cy + r} ${cx},${cy + 3} ${cx - r + 3},${cy + r} ${cx - r},${cy + r - 3} ${cx - 3},${cy}`}
          fill="#6b21a8"
          stroke="#2e1065"
        />
      );
  }
}

/** A pole under the axis: "Pool A" and the author's name for it, wrapped, not cut off. */
function PoleName({
  l,
  x,
  anchor,
  heading,
  name,
}: {
  l: Layout;
  x: number;
  anchor: "start" | "end";
  heading: string;
  name: string;
}) {
  // Each pole has the room between the axis' end and the middle's label.
  const characters = Math.floor((l.middle - 70 - (l.left - 40)) / 7.4);
  return (
    <text x={x} y={l.axis + 24} fontSize={14} fill="#1d2527" textAnchor={anchor}>
      <tspan fontWeight={700}>{heading}</tspan>
      {wrapText(name, characters, POLE_LINES).map((line, index) => (
        <tspan key={index} x={x} dy={POLE_LINE} fontSize={13}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

type MapSvgProps = {
  l: Layout;
  id: string;
  idSuffix?: string;
  title: string;
  labelA: string;
  labelB: string;
  roles: (MapRole & { number: number })[];
};

/** The map as an accessible SVG (role="img", title, desc) in one layout. */
async function MapSvg({ l, id, idSuffix, title, labelA, labelB, roles }: MapSvgProps) {
  const t = await getTranslations("cases");
  const key = idSuffix ? `${id}-${idSuffix}` : id;
  const seen = new Map<string, number>();
  const placed = roles.map((role) => {
    const near = `${role.role}:${Math.round(role.position / 8)}`;
    const offset = seen.get(near) ?? 0;
    seen.set(near, offset + 1);
    return { ...role, cx: x(l, role.position) + offset * 30, cy: laneY(l, role.role) };
  });
  return (
    <svg
      viewBox={`0 0 ${l.width} ${l.height}`}
      role="img"
      aria-labelledby={`${key}-title ${key}-desc`}
      className="w-full"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${key}-title`}>{t("map.title", { title })}</title>
      <desc id={`${key}-desc`}>{t("map.desc", { poleA: labelA, poleB: labelB, count: roles.length })}</desc>
      <rect x={0} y={0} width={l.width} height={l.height} fill="#ffffff" />
      <rect x={l.left - 40} y={l.laneTop - 14} width={100} height={l.axis - l.laneTop + 14} fill="#fdf0e7" />
      <rect x={l.right - 60} y={l.laneTop - 14} width={100} height={l.axis - l.laneTop + 14} fill="#fdf0e7" />
      <rect x={l.middle - 55} y={l.laneTop - 14} width={110} height={l.axis - l.laneTop + 14} fill="#eef6f6" />
      {POLARISATION_ROLES.map((role) => (
        <g key={role}>
          <line
            x1={l.names || 8}
            x2={l.right + 40}
            y1={laneY(l, role)}
            y2={laneY(l, role)}
            stroke="#c9d4d6"
            strokeDasharray="4 6"
          />
          {l.names > 0 ? (
            <text
              x={l.names - 8}
              y={laneY(l, role)}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize={14}
              fill="#1d2527"
            >
              {t(`role.${role}`)}
            </text>
          ) : (
            <text x={8} y={laneY(l, role) - 16} fontSize={13} fill="#1d2527">
              {t(`role.${role}`)}
            </text>
          )}
        </g>
      ))}
      <line x1={l.middle} x2={l.middle} y1={l.laneTop - 14} y2={l.axis} stroke="#175858" strokeDasharray="2 4" />
      <line x1={l.left - 40} x2={l.right + 40} y1={l.axis} y2={l.axis} stroke="#1d2527" strokeWidth={2} />
      <polygon
        points={`${l.left - 48},${l.axis} ${l.left - 38},${l.axis - 6} ${l.left - 38},${l.axis + 6}`}
        fill="#1d2527"
      />
      <polygon
        points={`${l.right + 48},${l.axis} ${l.right + 38},${l.axis - 6} ${l.right + 38},${l.axis + 6}`}
        fill="#1d2527"
      />
      <PoleName l={l} x={l.left - 40} anchor="start" heading={t("map.poleA")} name={labelA} />
      <PoleName l={l} x={l.right + 40} anchor="end" heading={t("map.poleB")} name={labelB} />
      <text x={l.middle} y={l.axis + 24} fontSize={14} fontWeight={700} fill="#175858" textAnchor="middle">
        {t("map.middle")}
      </text>
      {placed.map((role) => (
        <g key={role.number}>
          <Marker role={role.role} cx={role.cx} cy={role.cy} />
          <text x={role.cx} y={role.cy + 4} fontSize={11} fontWeight={700} fill="#ffffff" textAnchor="middle">
            {role.number}
          </text>
        </g>
      ))}
    </svg>
  );
}

/**
 * The polarisation map (Denkkader): pole A left, pole B right, the silent middle in the
 * centre, each role where the author placed it, one lane per role, and the chosen game
 * changers beside it. An accessible SVG (role="img", title, desc) with the same content
 * as a table, and print styles in globals.css.
 */
export async function PolarisationMap({
  id,
  title,
  poleA,
  poleB,
  roles,
  gameChangers,
}: {
  id: string;
  title: string;
  poleA: string | null;
  poleB: string | null;
  roles: MapRole[];
  gameChangers: GameChanger[];
}) {
  const t = await getTranslations("cases");
  const labelA = poleA || t("map.poleA");
  const labelB = poleB || t("map.poleB");
  const numbered = roles.map((role, index) => ({ ...role, number: index + 1 }));
  const chosen = GAME_CHANGERS.filter((changer) => gameChangers.includes(changer));
  const svg = { id, title, labelA, labelB, roles: numbered };
  return (
    <div className="polarisation-map flex flex-col gap-4" data-testid="polarisation-map">
      <div className="flex flex-col gap-4 lg:flex-row">
        <div
          className="rounded border border-brand-100 bg-white lg:flex-1"
          role="region"
          aria-label={t("map.title", { title })}
        >
          <div className="hidden sm:block">
            <MapSvg l={WIDE} {...svg} />
          </div>
          <div className="sm:hidden">
            <MapSvg l={NARROW} {...svg} idSuffix="narrow" />
          </div>
        </div>
        <aside className="rounded border border-brand-100 bg-white p-3 lg:w-56" aria-labelledby={`${id}-changers`}>
          <h3 id={`${id}-changers`} className="font-semibold">
            {t("map.gameChangers")}
          </h3>
          {chosen.length === 0 ? (
            <p className="text-sm text-muted">{t("map.noGameChangers")}</p>
          ) : (
            <ul className="mt-2 flex flex-col gap-2 text-sm" data-testid="map-game-changers">
              {chosen.map((changer) => (
                <li key={changer} className="border-l-4 border-brand-600 pl-2">
                  {t(`gameChanger.${changer}`)}
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
      <table className="w-full border-collapse text-left text-sm" data-testid="map-table">
        <caption className="mb-1 text-left font-semibold">{t("map.tableCaption")}</caption>
        <thead>
          <tr className="border-b border-brand-100">
            <th scope="col" className="py-1 pr-2">
              #
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("map.columnRole")}
            </th>
            {roles.some((role) => role.description !== undefined) && (
              <th scope="col" className="py-1 pr-2">
                {t("map.columnDescription")}
              </th>
            )}
            <th scope="col" className="py-1">
              {t("map.columnPosition")}
            </th>
          </tr>
        </thead>
        <tbody>
          {numbered.map((role) => (
            <tr key={role.number} className="border-b border-brand-50">
              <td className="py-1 pr-2">{role.number}</td>
              <td className="py-1 pr-2">{t(`role.${role.role}`)}</td>
              {role.description !== undefined && <td className="py-1 pr-2">{role.description}</td>}
              <td className="py-1">{t("map.positionValue", { position: role.position })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
