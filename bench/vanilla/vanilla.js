// The baseline: what a developer writes by hand with Leaflet and nothing else. ?data= is the
// dataset, ?mode=plain adds one L.marker per feature, ?mode=cluster uses Leaflet.markercluster.
const params = new URLSearchParams(location.search)
const mode = params.get('mode') === 'cluster' ? 'cluster' : 'plain'
const status = document.getElementById('status')
const map = L.map('map')
L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
  attribution: '© OpenStreetMap contributors',
}).addTo(map)

fetch(params.get('data'))
  .then((response) => response.json())
  .then((collection) => {
    const markers = []
    for (const feature of collection.features) {
      const [lng, lat] = feature.geometry.coordinates
      const name = feature.properties.name
      markers.push(L.marker([lat, lng], { title: name, alt: name }))
    }
    const bounds = L.latLngBounds(markers.map((m) => m.getLatLng()))
    map.fitBounds(bounds, { padding: [32, 32] })
    const done = () => {
      status.textContent = `${markers.length} of ${markers.length} enterprises`
    }
    if (mode === 'cluster') {
      const group = L.markerClusterGroup({
        chunkedLoading: true,
        chunkProgress: (processed, total) => {
          if (processed === total) done()
        },
      })
      map.addLayer(group)
      group.addLayers(markers)
      if (markers.length === 0) done()
    } else {
      const group = L.layerGroup(markers).addTo(map)
      void group
      done()
    }
  })
