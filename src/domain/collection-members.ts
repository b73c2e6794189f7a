import { isPlainObject } from './describe-value'
import { problem, type Problem } from './problem'

/** RFC 7946 §7.1: a FeatureCollection with these members has changed its meaning. */
const FOREIGN_COLLECTION_MEMBERS = ['coordinates', 'geometry', 'geometries'] as const

/**
 * Warnings for members a FeatureCollection must not carry. Its features are still shown (they
 * are valid on their own); the reader learns that the file says more than Tour Map reads.
 */
export function collectionForeignMembers(json: unknown): Problem[] {
  if (!isPlainObject(json) || json.type !== 'FeatureCollection') return []
  return FOREIGN_COLLECTION_MEMBERS.filter((member) => member in json).map((member) =>
    problem('collectionForeignMember', { member }),
  )
}
