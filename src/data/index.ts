/**
 * The data layer's public face: what the interface may use. Everything else in src/data (how a
 * dataset is fetched, decoded and cached) is internal; ESLint keeps src/app and src/ui to this.
 */
export { DatasetError, type DatasetErrorKind, type DatasetErrorDetails } from './dataset-error'
export { OTHER_DATA_ATTRIBUTE } from './early-download'
export type { LoadedDataset } from './fetch-dataset'
export {
  DATASET_READ_EVENT,
  loadProgress,
  useLoadProgress,
  watchLoadProgress,
  type LoadProgress,
} from './load-progress'
export { datasetQueryOptions, useDataset, type DatasetSource } from './use-dataset'
export { districtsQueryOptions, useDistricts } from './use-districts'
