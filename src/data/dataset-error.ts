import type { FeatureProblem } from '../domain/parse-dataset'
import type { Problem } from '../domain/problem'

export type DatasetErrorKind = 'network' | 'timeout' | 'http' | 'too-large' | 'invalid'

export interface DatasetErrorDetails {
  /** The dataset's address, or the name of the file the user opened. */
  readonly source: string
  readonly fromFile?: boolean
  /** "HTTP 404 Not Found", for kind "http". */
  readonly status?: string
  readonly sizeMB?: number
  readonly maxMB?: number
  /** Why the file as a whole cannot be used, for kind "invalid". */
  readonly problem?: Problem
  readonly problems?: readonly FeatureProblem[]
}

/** A dataset that could not be loaded or used; the interface words it in the reader's language. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind
  readonly details: DatasetErrorDetails
  /** Worth retrying by itself: the server or network may recover. */
  readonly transient: boolean

  constructor(kind: DatasetErrorKind, details: DatasetErrorDetails, transient = false) {
    super(`Dataset ${kind} error: ${details.source}`)
    this.name = 'DatasetError'
    this.kind = kind
    this.details = details
    this.transient = transient
  }
}
