import { useEffect } from 'react'
import { useMap } from 'react-leaflet'

/** Leaflet only notices window resizes; the card opening narrows the map's own container. */
export function InvalidateOnResize() {
  const map = useMap()
  useEffect(
    function watchContainerSize() {
      let frame = 0
      // In the next frame, not inside the observer: Leaflet's relayout there resized observed
      // boxes again, which WebKit reports as an error ("ResizeObserver loop completed…").
      const observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame)
        frame = requestAnimationFrame(() => {
          map.invalidateSize({ pan: false })
        })
      })
      observer.observe(map.getContainer())
      return function stopWatching() {
        cancelAnimationFrame(frame)
        observer.disconnect()
      }
    },
    [map],
  )
  return null
}
