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

export function trimLeafletCssPlugin(): Plugin {
  return {
    name: 'tour-map-trim-leaflet-css',
    apply: 'build',
    transform(code, id) {
      return LEAFLET_CSS.test(id) ? { code: trimLeafletCss(code), map: null } : null
    },
  }
}
