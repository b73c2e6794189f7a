/** Deploy-time settings, read from Vite env variables (see .env); no code change needed to swap them. */
export const config = {
  tileUrl: import.meta.env.VITE_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  tileAttribution:
    import.meta.env.VITE_TILE_ATTRIBUTION ??
    '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  /** Relative, so the app also works when hosted under a sub-path. */
  defaultDatasetUrl: `${import.meta.env.BASE_URL}data/enterprises.geojson`,
} as const
