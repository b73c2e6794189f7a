import type { Plugin } from 'vite'

/**
 * Leaflet's stylesheet styles parts of Leaflet the map never creates: popups, tooltips, the
 * layers and scale controls, VML and fixes for old Internet Explorer and the default marker's image path
 * (the pins are our own images, src/map/marker-icons.ts). They cost about 1 KB gzip of the
 * first view's 135 KB budget (issue #9), so the build drops those rules. A rule is dropped only
 * when every one of its selectors names such a part; the rest of the file is left as it is.
 */
const UNUSED =
  /leaflet-(popup|tooltip|control-layers|control-scale|vml|oldie|default-icon-path)|\.lvml\b/
const LEAFLET_CSS = /[\\/]leaflet[\\/]dist[\\/]leaflet\.css$/
const LEAFLET_ESM = /[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/

export function trimLeafletCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/([^{}]+)\{[^{}]*\}/g, (rule, selectors: string) =>
      selectors
        .split(',')
        .map((selector) => selector.trim())
        .filter((selector) => selector !== '')
        .every((selector) => UNUSED.test(selector))
        ? ''
        : rule,
    )
}

/** A section of Leaflet's ES module, from the doc comment that opens it to the next one's. */
interface Section {
  readonly from: RegExp
  readonly to: RegExp
  /** What stands in for it, so that the module's exports and remaining uses still resolve. */
  readonly stub: string
}

// Leaflet's file mixes \n and \r\n line ends.
const opening = (title: string) => new RegExp(`\\n/\\*\\r?\\n \\* ${title}`)

const absent = (name: string) =>
  `function ${name}() { throw new Error('Tour Map builds Leaflet without ${name}') }`

/**
 * Parts of Leaflet that stay in a bundle although the map never uses them, since they attach
 * themselves to Map and Layer:
 * - popups and tooltips (DivOverlay, Popup, Tooltip, and the bindPopup/bindTooltip methods they
 *   add to every layer): the cards are React, and dataset text never goes into Leaflet HTML.
 *   Leaflet's own code checks for them before use (a marker's closePopup, Escape on the map).
 * - the Canvas renderer: the map never sets preferCanvas and other data's lines and areas are
 *   drawn with SVG (src/map/FeatureShapes.tsx), so Leaflet draws with SVG everywhere; without
 *   the renderer, L.canvas() answers null, as Leaflet does in a browser without canvas.
 * - the layers and scale controls, image, video and SVG overlays, WMS tiles and the GeoJSON
 *   layer with the toGeoJSON methods it adds to every layer: the map creates none of them
 *   (datasets are read by src/domain, not by Leaflet), and Leaflet's own code never calls them.
 * Together about 7 KB gzip of the first view (issue #9). If Leaflet's file changes shape, the
 * build fails here rather than shipping a half-cut library.
 */
const UNUSED_SECTIONS: readonly Section[] = [
  {
    from: opening('@class Control\\.Layers'),
    to: opening('@class Control\\.Zoom'),
    stub: `var Layers;\nvar layers = ${absent('layers')}`,
  },
  {
    from: opening('@class Control\\.Scale'),
    // The attribution's flag is declared just before its section opens.
    to: /\nvar ukrainianFlag = /,
    stub: `var Scale;\nvar scale = ${absent('scale')}`,
  },
  {
    // Its helpers stay named: Leaflet attaches them to GeoJSON near the end of the file.
    from: opening('@class GeoJSON'),
    to: opening('@class DivIcon'),
    stub: [
      'var GeoJSON = {}, ImageOverlay, VideoOverlay, SVGOverlay, DivOverlay, Popup, Tooltip;',
      ...[
        'geoJSON',
        'geometryToLayer',
        'coordsToLatLng',
        'coordsToLatLngs',
        'latLngToCoords',
        'latLngsToCoords',
        'getFeature',
        'asFeature',
        'imageOverlay',
        'videoOverlay',
        'svgOverlay',
        'popup',
        'tooltip',
      ].map(absent),
      'var geoJson = geoJSON;',
    ].join('\n'),
  },
  {
    from: opening('@class TileLayer\\.WMS'),
    to: opening('@class Renderer'),
    stub: absent('tileLayerWMS'),
  },
  {
    from: opening('@class Canvas'),
    to: opening('Thanks to Dmitry Baranovsky'),
    stub: 'var Canvas;\nfunction canvas() { return null }',
  },
]

/** Names a section declares at the top level of the file (Leaflet does not indent those). */
const declared = (text: string) =>
  [...text.matchAll(/\n(?:var|function) ([A-Za-z_$][\w$]*)/g)].map((match) => match[1] ?? '')

/** A use of the name as a variable: not a property (`.scale`), key (`layers:`) or class name. */
const usedAsVariable = (name: string, text: string) =>
  new RegExp(`(?<![\\w$.'"-])${name.replace(/\$/g, '\\$')}(?![\\w$'"-]|\\s*:)`).test(text)

export function trimLeafletModule(code: string): string {
  return UNUSED_SECTIONS.reduce((trimmed, { from, to, stub }) => {
    const start = trimmed.search(from)
    const end = trimmed.search(to)
    if (start < 0 || end < start)
      throw new Error(`trim-leaflet: Leaflet's file no longer has the section ${String(from)}`)
    const rest = `${trimmed.slice(0, start)}\n${trimmed.slice(end)}`
    // A name the section declares and the rest still uses would be undefined when the map runs.
    const kept = new Set(declared(`\n${stub}`).concat(stub.match(/[\w$]+(?=[,;])/g) ?? []))
    const missing = declared(trimmed.slice(start, end)).filter(
      (name) => !kept.has(name) && usedAsVariable(name, rest),
    )
    if (missing.length > 0)
      throw new Error(
        `trim-leaflet: ${String(from)} declares ${missing.join(', ')}, used elsewhere`,
      )
    return `${trimmed.slice(0, start)}\n${stub}\n${trimmed.slice(end)}`
  }, code)
}

export function trimLeafletPlugin(): Plugin {
  return {
    name: 'tour-map-trim-leaflet',
    apply: 'build',
    transform(code, id) {
      if (LEAFLET_CSS.test(id)) return { code: trimLeafletCss(code), map: null }
      if (LEAFLET_ESM.test(id)) return { code: trimLeafletModule(code), map: null }
      return null
    },
  }
}
