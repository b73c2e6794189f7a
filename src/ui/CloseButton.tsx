import type { Ref } from 'react'

/** The "×" button that closes or clears something; `label` names what it does. */
export function CloseButton({
  label,
  onClick,
  ref,
}: {
  readonly label: string
  readonly onClick: () => void
  readonly ref?: Ref<HTMLButtonElement>
}) {
  return (
    <button ref={ref} type="button" className="tm-icon-button" aria-label={label} onClick={onClick}>
      ×
    </button>
  )
}
