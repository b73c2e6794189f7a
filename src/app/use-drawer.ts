import { useCallback, useEffect, useRef, useState } from 'react'

/** Rendered at all: display:none (the toggle on wide screens) has no boxes. */
function isShown(element: HTMLElement | null): element is HTMLElement {
  return element !== null && element.getClientRects().length > 0
}

/**
 * The filters drawer of phones and embeds: open/closed, Escape, and where focus goes. Opening
 * moves focus to the drawer's close button; closing it with × or Escape returns focus to the
 * toggle that opened it. Choosing an enterprise closes it without that (the card takes focus).
 */
export function useDrawer() {
  const [open, setOpen] = useState(false)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

  const toggle = useCallback(() => {
    returnFocus.current = open
    setOpen(!open)
  }, [open])
  const close = useCallback(() => {
    returnFocus.current = true
    setOpen(false)
  }, [])
  const dismiss = useCallback(() => {
    returnFocus.current = false
    setOpen(false)
  }, [])

  useEffect(
    function moveFocus() {
      // On wide screens outside an embed the panel is no drawer and the toggle is not shown.
      if (!isShown(toggleRef.current)) return
      if (open) closeRef.current?.focus()
      else if (returnFocus.current) toggleRef.current.focus()
      returnFocus.current = false
    },
    [open],
  )

  useEffect(
    function escapeCloses() {
      if (!open) return
      // Capture phase: the drawer lies over the card, so its Escape comes before the card's.
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return
        // A modal dialog above the drawer takes its keys for itself.
        if (document.querySelector('dialog[open]') !== null) return
        if (!isShown(toggleRef.current)) return
        // Also keeps a search box from clearing itself: Escape here means "close".
        event.preventDefault()
        event.stopImmediatePropagation()
        close()
      }
      document.addEventListener('keydown', onKeyDown, true)
      return function stopListening() {
        document.removeEventListener('keydown', onKeyDown, true)
      }
    },
    [open, close],
  )

  return { open, toggle, close, dismiss, toggleRef, closeRef }
}
