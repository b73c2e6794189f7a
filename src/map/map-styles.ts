// The map's stylesheets, imported by src/app/first-view-styles.ts so that they are in the first
// stylesheet rather than arriving with the map's chunk; Leaflet's styles stay inside src/map.
import 'leaflet/dist/leaflet.css'
import './tour-map.css'
import './basemap-notice.css'
