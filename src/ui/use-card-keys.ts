import { useEffect } from 'react'

interface CardKeys {
  readonly onClose: () => void
  /** Null at the first entry of the list. */
  readonly onPrevious: (() => void) | null
  /** Null at the last entry of the list. */
  readonly onNext: (() => void) | null
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  )
}

/**
 * The open card's page-wide keys: Escape closes it, ← and → step through the list. Listens on
 * the document, so they work wherever focus is, except where the keys already mean something.
 * The phone's drawer lies over the card and takes Escape first (src/app/use-drawer.ts).
 */
export function useCardKeys({ onClose, onPrevious, onNext }: CardKeys): void {
  useEffect(
    function cardKeys() {
      const onKeyDown = (event: KeyboardEvent) => {
        // A modal dialog above the card takes its keys for itself.
        if (document.querySelector('dialog[open]') !== null) return
        if (event.key === 'Escape') {
          // Escape means "close the card" everywhere, also in the search box, which would
          // otherwise clear itself as well.
          event.preventDefault()
          onClose()
          return
        }
        // Arrows step only when no text field or map has focus: there they edit or pan.
        const inMap =
          event.target instanceof Element && event.target.closest('.leaflet-container') !== null
        if (isTyping(event.target) || inMap || event.altKey || event.ctrlKey || event.metaKey)
          return
        if (event.key === 'ArrowLeft' && onPrevious !== null) {
          event.preventDefault()
          onPrevious()
        } else if (event.key === 'ArrowRight' && onNext !== null) {
          event.preventDefault()
          onNext()
        }
      }
      document.addEventListener('keydown', onKeyDown)
      return function stopListening() {
        document.removeEventListener('keydown', onKeyDown)
      }
    },
    [onClose, onPrevious, onNext],
  )
}
