import type { CorrectionsSetup } from '../domain/correction'
import { NO_INDUSTRY } from '../domain/enterprise'
import type { Ref } from 'react'
import { useI18n } from '../i18n/i18n'
import { EnterpriseCard } from '../ui/EnterpriseCard'
import { ErrorBoundary } from '../ui/ErrorBoundary'
import { OwnDataCard } from '../ui/OwnDataCard'
import { OwnTourFields } from '../ui/OwnTourFields'
import { PartFailed } from '../ui/PartFailed'
import type { Selection } from './explorer-model'

interface SelectedCardProps {
  readonly selection: Selection
  readonly listLength: number
  readonly cityName: string | null
  readonly onSelect: (id: string) => void
  readonly onClose: () => void
  readonly corrections: CorrectionsSetup
  /**
   * A file that is not the tour's (it has no `tour` member): its card shows the feature's own
   * properties; `showIndustry` is whether its `industry` is its own grouping.
   */
  readonly ownData: { readonly showIndustry: boolean } | null
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
  ownData,
  cardRef,
}: SelectedCardProps) {
  const { t } = useI18n()
  const { selected, index, previous, next } = selection
  if (selected === null) return null
  const steps = {
    onPrevious:
      previous === null
        ? null
        : () => {
            onSelect(previous.id)
          },
    onNext:
      next === null
        ? null
        : () => {
            onSelect(next.id)
          },
    position: { index, count: listLength },
  }
  return (
    <ErrorBoundary
      key={selected.id}
      fallback={(retry) => (
        <div className="tm-card">
          <PartFailed part={t('partCard')} onRetry={retry} />
        </div>
      )}
    >
      {ownData === null ? (
        <EnterpriseCard
          ref={cardRef}
          enterprise={selected}
          cityName={cityName}
          onClose={onClose}
          {...steps}
          corrections={corrections}
        />
      ) : (
        <OwnDataCard
          ref={cardRef}
          enterprise={selected}
          tourFields={
            <OwnTourFields
              enterprise={selected}
              cityName={cityName}
              showIndustry={ownData.showIndustry && selected.industry !== NO_INDUSTRY}
            />
          }
          onClose={onClose}
          {...steps}
        />
      )}
    </ErrorBoundary>
  )
}
