/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_TILE_URL?: string
  readonly VITE_TILE_NAME?: string
  readonly VITE_TILE_ATTRIBUTION?: string
  /** A Tianditu key enables it as the fallback basemap (useful where OpenStreetMap is blocked). */
  readonly VITE_TIANDITU_KEY?: string
  /** Where readers' corrections go: an issue tracker's new-issue URL or a mailto: address. */
  readonly VITE_CORRECTIONS_URL?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
