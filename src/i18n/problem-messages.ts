import type { ProblemCode, ValueKind } from '../domain/problem'

/** Words for what can be wrong with a dataset; {value} and {expected} are worded separately. */
export interface ProblemMessages {
  readonly problems: Readonly<Record<ProblemCode, string>>
  readonly values: Readonly<Record<ValueKind, string>>
  readonly expected: Readonly<Record<string, string>>
  /** Plural forms, as "{count} feature" / "{count} features". */
  readonly one: Readonly<Record<'feature' | 'pointFeature', string>>
  readonly many: Readonly<Record<'feature' | 'pointFeature', string>>
}

export const problemMessagesEn: ProblemMessages = {
  problems: {
    tooLarge: 'The file is too large ({size}); Tour Map reads datasets up to {max}.',
    notJson: 'The file is not valid JSON, so it cannot be read. Check it with a JSON validator.',
    csvNoCoordinates:
      'The file looks like CSV, but no column holds the coordinates: name them lat or latitude, and lon, lng or longitude.',
    htmlPage:
      'This is a web page (HTML), not GeoJSON data; the address may be wrong or a proxy may have blocked it.',
    rootNotObject: 'The file must hold a GeoJSON object, but it holds {value}.',
    noType: 'The file has no "type": a Tour Map dataset is a GeoJSON FeatureCollection.',
    typeNotText: 'The file\'s "type" should be the text "FeatureCollection", but it is {value}.',
    typeCase: 'The file\'s "type" must be written exactly "FeatureCollection" (it is "{type}").',
    bareGeometry:
      'The file is a bare {type} geometry with no name or properties, so it has no features to show.',
    unknownType:
      'The file\'s "type" is "{type}", which is not a GeoJSON type; expected "FeatureCollection".',
    noFeaturesList: 'The FeatureCollection has no "features" list.',
    featuresNotList: 'The FeatureCollection\'s "features" should be a list, but it is {value}.',
    emptyCollection: 'The FeatureCollection is empty: it has no point features.',
    noPointFeatures:
      'The file has nothing to draw: none of its {features} has a point, line or area geometry.',
    noUsablePoints:
      'The file has no feature Tour Map can draw: the {features} with a geometry failed the checks listed below.',
    notFeatureObject: 'It is {value}, not a Feature object.',
    noFeatureType: 'It has no "type": "Feature".',
    featureTypeWrong: 'Its "type" should be "Feature", but it is {value}.',
    featureForeignMember:
      'It has a "{member}" member, which a Feature must not have (RFC 7946 §7.1): is it a FeatureCollection or a geometry by mistake?',
    collectionForeignMember:
      'The FeatureCollection has a "{member}" member, which it must not have (RFC 7946 §7.1); it is ignored.',
    idWrong: 'Its "id" should be text or a number, but it is {value}.',
    duplicateId: 'The id "{id}" is already used by an earlier feature.',
    noGeometry: 'It has no location (its "geometry" is missing or null).',
    geometryNotObject: 'Its "geometry" should be an object, but it is {value}.',
    notPoint: 'Its geometry is a {type}, which is not a GeoJSON geometry type Tour Map can draw.',
    shapeCoordinates:
      'Its {type} "coordinates" are not nested as a {type} needs: lists of [longitude, latitude].',
    shapeEmpty: 'Its {type} has nothing to draw: its list is empty.',
    shapePosition:
      "Its {type} has a position that is not [longitude, latitude] in numbers within the Earth's range.",
    lineTooShort: 'A line of its {type} has fewer than two positions.',
    ringOpen:
      'A ring of its {type} is not closed: it needs four positions or more, the last repeating the first.',
    geometryNoType: 'Its geometry has no valid "type", so it cannot be drawn.',
    noCoordinates: 'Its Point has no "coordinates".',
    coordinatesNotList:
      'Its Point "coordinates" should be [longitude, latitude], but they are {value}.',
    needTwoCoordinates: 'Its Point needs two coordinates: [longitude, latitude].',
    tooManyCoordinates:
      'Its Point has more than three coordinates; expected [longitude, latitude].',
    coordinatesNotNumbers: 'Its coordinates must both be numbers: [longitude, latitude].',
    altitudeNotNumber: 'Its coordinates must all be numbers: the third one (altitude) is not.',
    swapped:
      'Its coordinates [{lng}, {lat}] look swapped: GeoJSON puts longitude first, then latitude.',
    outOfRange:
      "Its coordinates [{lng}, {lat}] are outside the Earth's range (longitude −180…180, latitude −90…90).",
    propertiesNotObject: 'Its "properties" should be an object, but they are {value}.',
    fieldMissing: 'The field "{field}" is missing.',
    fieldType: 'The field "{field}" should be {expected}, but it is {value}.',
    fieldEmpty: 'The field "{field}" must not be empty.',
    fieldEnum: 'The field "{field}" must be one of {values}, but it is {value}.',
    fieldDate: 'The field "{field}" must be a date written YYYY-MM-DD.',
    fieldNotCalendarDate: 'The field "{field}" is not a real calendar date: {date} does not exist.',
    fieldPositiveInteger:
      'The field "{field}" should be a whole number above zero, but it is {value}.',
    tourNotObject: "The dataset's tour description was ignored: it is {value}, not an object.",
    tourIgnored: "The dataset's tour description was ignored: {reasons}",
    labelFrom: 'Labelled from "{key}" for want of a "name": {features}.',
    unnamedFeatures:
      'Shown as “Unnamed (feature N)” for want of any name-like property: {features}.',
  },
  values: {
    null: 'empty (null)',
    missing: 'missing',
    list: 'a list',
    text: 'the text "{text}"',
    longText: 'a piece of text',
    number: 'the number {text}',
    boolean: 'the value {text}',
    object: 'an object',
    other: 'a {text}',
  },
  expected: { text: 'text', list: 'a list', boolean: 'true or false' },
  one: { feature: '{count} feature', pointFeature: '{count} point feature' },
  many: { feature: '{count} features', pointFeature: '{count} point features' },
}
