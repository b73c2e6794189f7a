import { markerImageUrl } from '../marker-image'

/** How each location precision is drawn; the same four rows appear in the About panel. */
export function PrecisionLegend({ cityName }: { readonly cityName: string | null }) {
  const solid = markerImageUrl(0, false)
  return (
    <section className="tm-legend" aria-labelledby="tm-legend-title">
      <h2 id="tm-legend-title">Location precision</h2>
      <ul>
        <li>
          <img src={solid} alt="" className="tm-legend__pin" />
          <span>
            <strong>Site</strong>: the plant itself.
          </span>
        </li>
        <li>
          <span className="tm-legend__halo">
            <img src={solid} alt="" className="tm-legend__pin" />
          </span>
          <span>
            <strong>Town</strong>: within about 5 km, shown by the shaded circle.
          </span>
        </li>
        <li>
          <img src={solid} alt="" className="tm-legend__pin" />
          <span>
            <strong>County</strong>: somewhere in the county; the pin is its seat, and the county is
            outlined when selected.
          </span>
        </li>
        <li>
          <img src={markerImageUrl(0, true)} alt="" className="tm-legend__pin" />
          <span>
            <strong>District unknown</strong>: a placeholder in {cityName ?? 'the city'}; the whole
            city is outlined when selected.
          </span>
        </li>
      </ul>
      <p className="tm-legend__note">
        Pins that share a point are fanned out around it, with a thin line back to the real point.
      </p>
    </section>
  )
}
