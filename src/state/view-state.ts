import type { IndustrySelection } from '../domain/filter'

/** Everything a link must reproduce. Lives in the query string; see README "State in the URL". */
export interface ViewState {
  readonly industries: IndustrySelection
  readonly selectedId: string | null
  readonly dataUrl: string | null
}

const INDUSTRY = 'industry'
const ID = 'id'
const DATA = 'data'

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search)
  // `?industry=` with no value means "none ticked"; no parameter at all means "all".
  const industries = params.has(INDUSTRY)
    ? params.getAll(INDUSTRY).filter((value) => value !== '')
    : null
  return {
    industries,
    selectedId: nonEmpty(params.get(ID)),
    dataUrl: nonEmpty(params.get(DATA)),
  }
}

/** The query string after applying `patch`; parameters this app does not own are kept. */
export function writeViewState(search: string, patch: Partial<ViewState>): string {
  const params = new URLSearchParams(search)
  if ('industries' in patch) {
    params.delete(INDUSTRY)
    const industries = patch.industries ?? null
    if (industries !== null) {
      if (industries.length === 0) params.append(INDUSTRY, '')
      for (const industry of industries) params.append(INDUSTRY, industry)
    }
  }
  if ('selectedId' in patch) setOrDelete(params, ID, patch.selectedId ?? null)
  if ('dataUrl' in patch) setOrDelete(params, DATA, patch.dataUrl ?? null)
  const query = params.toString()
  return query === '' ? '' : `?${query}`
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null): void {
  if (value === null) params.delete(key)
  else params.set(key, value)
}

function nonEmpty(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value
}
