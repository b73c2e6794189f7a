import { describeValue, isPlainObject } from './describe-value'
import type { LatLng } from './enterprise'
import { problem, type Problem } from './problem'

/** A Point geometry's position, or null with the reason added to `reasons`. */
export function readPosition(geometry: unknown, reasons: Problem[]): LatLng | null {
  if (geometry === undefined || geometry === null) {
    reasons.push(problem('noGeometry'))
    return null
  }
  if (!isPlainObject(geometry)) {
    reasons.push(problem('geometryNotObject', { value: describeValue(geometry) }))
    return null
  }
  if (geometry.type !== 'Point') {
    reasons.push(
      typeof geometry.type === 'string'
        ? problem('notPoint', { type: geometry.type })
        : problem('geometryNoType'),
    )
    return null
  }
  const coordinates = geometry.coordinates
  if (!Array.isArray(coordinates)) {
    reasons.push(
      coordinates === undefined
        ? problem('noCoordinates')
        : problem('coordinatesNotList', { value: describeValue(coordinates) }),
    )
    return null
  }
  if (coordinates.length < 2) {
    reasons.push(problem('needTwoCoordinates'))
    return null
  }
  if (coordinates.length > 3) {
    reasons.push(problem('tooManyCoordinates'))
    return null
  }
  const lng: unknown = coordinates[0]
  const lat: unknown = coordinates[1]
  if (typeof lng !== 'number' || typeof lat !== 'number' || !isFinite(lng) || !isFinite(lat)) {
    reasons.push(problem('coordinatesNotNumbers'))
    return null
  }
  const altitude: unknown = coordinates[2]
  if (coordinates.length === 3 && (typeof altitude !== 'number' || !isFinite(altitude))) {
    reasons.push(problem('altitudeNotNumber'))
    return null
  }
  const lngOk = lng >= -180 && lng <= 180
  const latOk = lat >= -90 && lat <= 90
  if (!latOk && lngOk && Math.abs(lng) <= 90 && Math.abs(lat) <= 180) {
    reasons.push(problem('swapped', { lng, lat }))
    return null
  }
  if (!lngOk || !latOk) {
    reasons.push(problem('outOfRange', { lng, lat }))
    return null
  }
  return { lat, lng }
}
