/** The "×" button that closes or clears something; `label` names what it does. */
export function CloseButton({
  label,
  onClick,
}: {
  readonly label: string
  readonly onClick: () => void
}) {
  return (
    <button type="button" className="tm-icon-button" aria-label={label} onClick={onClick}>
      ×
    </button>
  )
}
