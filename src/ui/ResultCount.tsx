/** Live region: screen readers hear the new count after every filter change. */
export function ResultCount({ shown, total }: { readonly shown: number; readonly total: number }) {
  return (
    <p role="status" className="tm-count">
      {shown} of {total} enterprises
    </p>
  )
}
