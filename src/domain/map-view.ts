/** The map camera, so that a link reopens the same view. */
export interface MapView {
  readonly zoom: number
  readonly lat: number
  readonly lng: number
}
