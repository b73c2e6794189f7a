import { useEffect } from 'react'
import { useMap } from 'react-leaflet'

/** Leaflet only notices window resizes; the card opening narrows the map's own container. */
export function InvalidateOnResize() {
  const map = useMap()
  useEffect(
    function watchContainerSize() {
      const observer = new ResizeObserver(() => {
        map.invalidateSize({ pan: false })
      })
      observer.observe(map.getContainer())
      return function stopWatching() {
        observer.disconnect()
      }
    },
    [map],
  )
  return null
}
