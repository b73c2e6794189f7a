import type { Enterprise } from './enterprise'

/** Industries to show; null means "no filter", i.e. every industry. */
export type IndustrySelection = readonly string[] | null

export function filterEnterprises(
  enterprises: readonly Enterprise[],
  industries: IndustrySelection,
): readonly Enterprise[] {
  if (industries === null) return enterprises
  const wanted = new Set(industries)
  return enterprises.filter((enterprise) => wanted.has(enterprise.industry))
}

export interface IndustryCount {
  readonly industry: string
  readonly count: number
}

/** One entry per industry present in the data, alphabetical, with how many enterprises it has. */
export function countIndustries(enterprises: readonly Enterprise[]): readonly IndustryCount[] {
  const counts = new Map<string, number>()
  for (const { industry } of enterprises) {
    counts.set(industry, (counts.get(industry) ?? 0) + 1)
  }
  return [...counts]
    .map(([industry, count]) => ({ industry, count }))
    .sort((a, b) => a.industry.localeCompare(b.industry, 'en'))
}

/** The selection after the user ticks or unticks one industry. */
export function toggleIndustry(
  selection: IndustrySelection,
  allIndustries: readonly string[],
  industry: string,
  checked: boolean,
): IndustrySelection {
  const current = new Set(selection ?? allIndustries)
  if (checked) current.add(industry)
  else current.delete(industry)
  // Back to "no filter" once everything is ticked, so the URL stays clean.
  if (allIndustries.every((name) => current.has(name))) return null
  return allIndustries.filter((name) => current.has(name))
}

export function isIndustryShown(selection: IndustrySelection, industry: string): boolean {
  return selection === null || selection.includes(industry)
}
