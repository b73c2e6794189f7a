import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { trimLeafletCss, trimLeafletModule } from '../../scripts/trim-leaflet'

// The build's copy of Leaflet (scripts/trim-leaflet.ts): what the map uses stays, what it never
// creates goes, and a Leaflet file of another shape stops the build.
const leaflet = readFileSync(
  resolve(process.cwd(), 'node_modules/leaflet/dist/leaflet-src.esm.js'),
  'utf8',
)
const defines = (code: string, name: string) =>
  new RegExp(`\\bvar ${name} = [\\w.]+\\.extend\\(`).test(code)

describe('trimLeafletModule', () => {
  const trimmed = trimLeafletModule(leaflet)

  it('keeps what the map draws with', () => {
    for (const name of [
      'Map',
      'Marker',
      'Polyline',
      'Polygon',
      'CircleMarker',
      'Circle',
      'TileLayer',
      'SVG',
      'Zoom',
      'Attribution',
      'DivIcon',
    ])
      expect(defines(trimmed, name), name).toBe(true)
  })

  it('leaves out the parts the map never creates', () => {
    for (const name of [
      'Layers',
      'Scale',
      'GeoJSON',
      'ImageOverlay',
      'VideoOverlay',
      'SVGOverlay',
      'DivOverlay',
      'Popup',
      'Tooltip',
      'TileLayerWMS',
      'Canvas',
    ]) {
      expect(defines(leaflet, name), `${name} in Leaflet`).toBe(true)
      expect(defines(trimmed, name), name).toBe(false)
    }
    expect(trimmed.length).toBeLessThan(leaflet.length * 0.8)
  })

  it('still exports every name Leaflet exports', () => {
    const exported = (code: string) => /\nexport \{([^}]*)\}/.exec(code)?.[1]
    expect(exported(trimmed)).toBe(exported(leaflet))
    for (const name of ['geoJSON', 'imageOverlay', 'popup', 'tooltip', 'tileLayerWMS', 'layers'])
      expect(trimmed).toMatch(new RegExp(`function ${name}\\(\\) \\{ throw`))
  })

  it('stops the build when the rest of Leaflet still uses a name a section declares', () => {
    expect(() => trimLeafletModule(`${leaflet}\nMarker.include(PointToGeoJSON);\n`)).toThrow(
      /declares PointToGeoJSON, used elsewhere/,
    )
  })

  it('stops the build when a section is no longer there', () => {
    expect(() =>
      trimLeafletModule(leaflet.replace('* @class Control.Scale', '* @class X')),
    ).toThrow(/no longer has the section/)
  })
})

describe('trimLeafletCss', () => {
  it('drops rules for popups and the layers control, and keeps the rest', () => {
    const css =
      '.leaflet-popup { color: red }\n.leaflet-control-layers, .leaflet-control-scale { margin: 0 }\n.leaflet-marker-icon, .leaflet-popup-tip { display: block }\n.leaflet-container { overflow: hidden }'
    const trimmed = trimLeafletCss(css)
    expect(trimmed).not.toContain('.leaflet-popup {')
    expect(trimmed).not.toContain('.leaflet-control-layers')
    expect(trimmed).toContain('.leaflet-marker-icon, .leaflet-popup-tip')
    expect(trimmed).toContain('.leaflet-container')
  })
})
