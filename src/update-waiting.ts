/** Set once a new version of the app is installed and waiting; calling it activates that version. */
let update: (() => void) | null = null
const listeners = new Set<() => void>()

export function subscribeToUpdate(onChange: () => void): () => void {
  listeners.add(onChange)
  return () => listeners.delete(onChange)
}

export function waitingUpdate(): (() => void) | null {
  return update
}

export function announceUpdate(activate: () => void): void {
  update = activate
  for (const listener of listeners) listener()
}
