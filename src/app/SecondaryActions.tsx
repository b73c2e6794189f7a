import { useI18n } from '../i18n/i18n'
import { CopyLinkButton } from '../ui/CopyLinkButton'
import { preloadOnApproach } from '../ui/code-part'
import { loadAboutDialog } from './later-parts'

/** About and Copy link: in the header on wide screens, in the drawer on a phone. */
export function SecondaryActions({ onAbout }: { readonly onAbout: () => void }) {
  const { t } = useI18n()
  return (
    <>
      <button type="button" {...preloadOnApproach(loadAboutDialog)} onClick={onAbout}>
        {t('aboutButton')}
      </button>
      <CopyLinkButton />
    </>
  )
}
