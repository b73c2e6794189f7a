import type { CorrectionsSetup } from '../domain/correction'
import type { Ref } from 'react'
import { useI18n } from '../i18n/i18n'
import { EnterpriseCard } from '../ui/EnterpriseCard'
import { ErrorBoundary } from '../ui/ErrorBoundary'
import { PartFailed } from '../ui/PartFailed'
import type { Selection } from './explorer-model'

interface SelectedCardProps {
  readonly selection: Selection
  readonly listLength: number
  readonly cityName: string | null
  readonly onSelect: (id: string) => void
  readonly onClose: () => void
  readonly corrections: CorrectionsSetup
  readonly cardRef: Ref<HTMLElement>
}

/** The open enterprise's card (none when nothing is selected), with Previous/Next through the list; a crash costs only the card. */
export function SelectedCard({
  selection,
  listLength,
  cityName,
  onSelect,
  onClose,
  corrections,
  cardRef,
}: SelectedCardProps) {
  const { t } = useI18n()
  const { selected, index, previous, next } = selection
  if (selected === null) return null
  return (
    <ErrorBoundary
      key={selected.id}
      fallback={(retry) => (
        <div className="tm-card">
          <PartFailed part={t('partCard')} onRetry={retry} />
        </div>
      )}
    >
      <EnterpriseCard
        ref={cardRef}
        enterprise={selected}
        cityName={cityName}
        onClose={onClose}
        onPrevious={
          previous === null
            ? null
            : () => {
                onSelect(previous.id)
              }
        }
        onNext={
          next === null
            ? null
            : () => {
                onSelect(next.id)
              }
        }
        position={{ index, count: listLength }}
        corrections={corrections}
      />
    </ErrorBoundary>
  )
}
