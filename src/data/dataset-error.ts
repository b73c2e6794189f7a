import type { FeatureProblem } from '../domain/parse-dataset'

export type DatasetErrorKind = 'network' | 'http' | 'too-large' | 'invalid'

/** A dataset that could not be loaded or used, with a message written for the reader. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind
  readonly problems: readonly FeatureProblem[]
  /** Worth retrying by itself: the server or network may recover. */
  readonly transient: boolean

  constructor(
    kind: DatasetErrorKind,
    message: string,
    options: { problems?: readonly FeatureProblem[]; transient?: boolean } = {},
  ) {
    super(message)
    this.name = 'DatasetError'
    this.kind = kind
    this.problems = options.problems ?? []
    this.transient = options.transient ?? false
  }
}
