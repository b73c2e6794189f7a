import { renderToStaticMarkup } from 'react-dom/server'
import type { District } from '../domain/districts'
import type { Dataset, Enterprise } from '../domain/enterprise'
import { assignIndustrySlots, INDUSTRY_PALETTE } from '../domain/industry-style'
import type { Lang } from '../domain/lang'
import { countIndustries } from '../domain/filter'
import { localIndustry, localName, localTourTitle } from '../i18n/localise'
import { makeTranslate } from '../i18n/i18n'
import { en } from '../i18n/messages'
import { zh } from '../i18n/messages-zh'
import { PIN_PATH } from './pin-svg'

const WIDTH = 1200
const HEIGHT = 630
/** The outlines' box: the right part of the picture; the words take the left. */
const MAP_BOX = { x: 640, y: 40, width: 520, height: 550 }
const FONT = 'Noto Sans SC'

type Project = (lng: number, lat: number) => readonly [number, number]

/** Fits the outlines into MAP_BOX; longitude is scaled by cos(latitude), as on a map. */
function projection(districts: readonly District[]): Project {
  const points = districts.flatMap((d) => d.polygons.flatMap((polygon) => polygon.flat()))
  const lngs = points.map((p) => p[0])
  const lats = points.map((p) => p[1])
  const [west, east, south, north] = [
    Math.min(...lngs),
    Math.max(...lngs),
    Math.min(...lats),
    Math.max(...lats),
  ]
  const squeeze = Math.cos((((north + south) / 2) * Math.PI) / 180)
  const scale = Math.min(
    MAP_BOX.width / ((east - west) * squeeze),
    MAP_BOX.height / (north - south),
  )
  const left = MAP_BOX.x + (MAP_BOX.width - (east - west) * squeeze * scale) / 2
  const top = MAP_BOX.y + (MAP_BOX.height - (north - south) * scale) / 2
  return (lng, lat) => [left + (lng - west) * squeeze * scale, top + (north - lat) * scale]
}

function outlinePath(district: District, project: Project): string {
  return district.polygons
    .flatMap((polygon) =>
      polygon.map(
        (ring) =>
          `M${ring
            .map(([lng, lat]) =>
              project(lng, lat)
                .map((n) => n.toFixed(1))
                .join(' '),
            )
            .join('L')}Z`,
      ),
    )
    .join('')
}

function Pin({ at, colour, big }: { at: readonly [number, number]; colour: string; big: boolean }) {
  const scale = big ? 1.6 : 0.9
  return (
    <g
      transform={`translate(${String(at[0] - 14 * scale)} ${String(at[1] - 39 * scale)}) scale(${String(scale)})`}
    >
      <path d={PIN_PATH} fill={colour} stroke="#1f2937" strokeWidth={1.5} />
      <circle cx={14} cy={13.5} r={5} fill="#ffffff" />
    </g>
  )
}

/** Splits a long name over at most three lines; Chinese breaks anywhere, English at spaces. */
function lines(text: string, perLine: number): string[] {
  const words = /\s/.test(text)
    ? text.split(/\s+/)
    : Array.from(new Intl.Segmenter('zh').segment(text), (part) => part.segment)
  const joiner = /\s/.test(text) ? ' ' : ''
  const out: string[] = []
  let line = ''
  for (const word of words) {
    const next = line === '' ? word : `${line}${joiner}${word}`
    if (next.length > perLine && line !== '') {
      out.push(line)
      line = word
    } else line = next
  }
  if (line !== '') out.push(line)
  return out.length > 3
    ? [
        ...out.slice(0, 2),
        `${out
          .slice(2)
          .join(joiner)
          .slice(0, perLine - 1)}…`,
      ]
    : out
}

/**
 * The link-preview picture of a page (1200×630, as Open Graph and Twitter cards want): the
 * district outlines, the pins, and the enterprise's name (or the tour's) in the app's colours.
 * An SVG for scripts/prerender.ts to turn into PNG with a bundled CJK font.
 */
export function renderPreviewSvg(
  dataset: Dataset,
  districts: readonly District[],
  lang: Lang,
  enterprise: Enterprise | null,
): string {
  const t = makeTranslate(lang === 'zh' ? zh : en)
  const project = projection(districts)
  const slots = assignIndustrySlots(countIndustries(dataset.enterprises).map((c) => c.industry))
  const colourOf = (e: Enterprise) =>
    INDUSTRY_PALETTE[slots.get(e.industry) ?? 0]?.colour ?? '#0072B2'
  const heading = enterprise === null ? t('appTitle') : localName(enterprise, lang).text
  const headingLines = lines(heading, lang === 'zh' || !/\s/.test(heading) ? 9 : 18)
  const subtitle =
    enterprise === null
      ? dataset.tour === null
        ? ''
        : localTourTitle(dataset.tour, lang).text
      : localIndustry(enterprise.industry, lang).text
  const shown = enterprise === null ? dataset.enterprises : [enterprise]
  return renderToStaticMarkup(
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
    >
      <rect width={WIDTH} height={HEIGHT} fill="#ffffff" />
      <rect x={600} width={600} height={HEIGHT} fill="#e8eef3" />
      {districts.map((d) => (
        <path
          key={d.id}
          d={outlinePath(d, project)}
          fill="#f8fafc"
          stroke="#64748b"
          strokeWidth={2}
        />
      ))}
      {enterprise !== null &&
        dataset.enterprises
          .filter((e) => e.id !== enterprise.id)
          .map((e) => (
            <Pin
              key={e.id}
              at={project(e.position.lng, e.position.lat)}
              colour="#94a3b8"
              big={false}
            />
          ))}
      {shown.map((e) => (
        <Pin
          key={e.id}
          at={project(e.position.lng, e.position.lat)}
          colour={colourOf(e)}
          big={enterprise !== null}
        />
      ))}
      <rect x={60} y={70} width={12} height={headingLines.length * 72 + 20} fill="#0072B2" />
      <text fontFamily={FONT} fontWeight={700} fontSize={60} fill="#111827">
        {headingLines.map((line, i) => (
          <tspan key={line} x={96} y={130 + i * 72}>
            {line}
          </tspan>
        ))}
      </text>
      <text
        x={96}
        y={180 + headingLines.length * 72}
        fontFamily={FONT}
        fontSize={32}
        fill="#374151"
      >
        {subtitle.length > 40 ? `${subtitle.slice(0, 39)}…` : subtitle}
      </text>
      <text x={60} y={580} fontFamily={FONT} fontSize={28} fill="#4b5563">
        {enterprise === null
          ? `${String(dataset.enterprises.length)} · ${t('appTitle')}`
          : t('appTitle')}
      </text>
    </svg>,
  )
}
