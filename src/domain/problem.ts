/**
 * What is wrong with a dataset, as data: a code and its parameters. The interface words it in
 * the reader's language (src/i18n/problem-messages*.ts); the CLI in English.
 */
export type ValueKind =
  'null' | 'missing' | 'list' | 'text' | 'longText' | 'number' | 'boolean' | 'object' | 'other'

/** A JSON value, described for a reader: "the text "x"", "a list"… */
export interface ValueDescription {
  readonly kind: ValueKind
  readonly text: string
}

export type ProblemParam = string | number | ValueDescription | readonly Problem[]

export type ProblemCode =
  | 'tooLarge'
  | 'notJson'
  | 'htmlPage'
  | 'csvNoCoordinates'
  | 'rootNotObject'
  | 'noType'
  | 'typeNotText'
  | 'typeCase'
  | 'bareGeometry'
  | 'unknownType'
  | 'noFeaturesList'
  | 'featuresNotList'
  | 'emptyCollection'
  | 'noPointFeatures'
  | 'noUsablePoints'
  | 'notFeatureObject'
  | 'noFeatureType'
  | 'featureTypeWrong'
  | 'featureForeignMember'
  | 'collectionForeignMember'
  | 'idWrong'
  | 'duplicateId'
  | 'noGeometry'
  | 'geometryNotObject'
  | 'notPoint'
  | 'shapeCoordinates'
  | 'shapeEmpty'
  | 'shapePosition'
  | 'lineTooShort'
  | 'ringOpen'
  | 'geometryNoType'
  | 'noCoordinates'
  | 'coordinatesNotList'
  | 'needTwoCoordinates'
  | 'tooManyCoordinates'
  | 'coordinatesNotNumbers'
  | 'altitudeNotNumber'
  | 'swapped'
  | 'outOfRange'
  | 'propertiesNotObject'
  | 'fieldMissing'
  | 'fieldType'
  | 'fieldEmpty'
  | 'fieldEnum'
  | 'fieldDate'
  | 'fieldNotCalendarDate'
  | 'fieldPositiveInteger'
  | 'tourNotObject'
  | 'tourIgnored'
  | 'labelFrom'
  | 'unnamedFeatures'

export interface Problem {
  readonly code: ProblemCode
  readonly params?: Readonly<Record<string, ProblemParam>>
}

export function problem(code: ProblemCode, params?: Record<string, ProblemParam>): Problem {
  return params === undefined ? { code } : { code, params }
}
