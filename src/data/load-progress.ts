import { useSyncExternalStore } from 'react'

/** Bytes received so far per dataset URL, so a slow download can show that it is moving. */
const received = new Map<string, number>()
const listeners = new Set<() => void>()

export function reportProgress(url: string, bytes: number): void {
  received.set(url, bytes)
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useLoadProgress(url: string | null): number {
  return useSyncExternalStore(subscribe, () => (url === null ? 0 : (received.get(url) ?? 0)))
}
