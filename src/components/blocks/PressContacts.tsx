import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { PressContact } from '@/content'
import { PressContactCard } from '@/components/PressContactCard'

/**
 * "For further information, please contact": the press room's card for each contact, so a reader
 * of a release sees the same local time and out-of-hours mark before calling.
 */
export async function PressContacts({
  contacts,
  locale,
  heading,
  vcardHref,
  headingId = 'press-contacts-heading',
}: {
  contacts: PressContact[]
  locale: Locale
  heading?: string
  /** A download of all these contacts as one vCard file. */
  vcardHref?: string
  /** Unique on the page: a text may hold several blocks besides the one at the end. */
  headingId?: string
}) {
  if (contacts.length === 0) return null
  const [t, press] = await Promise.all([
    getTranslations({ locale, namespace: 'PressContacts' }),
    getTranslations({ locale, namespace: 'Press' }),
  ])
  return (
    <section className="press-contacts" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading ?? t('heading')}</h2>
      <ul>
        {contacts.map((contact) => (
          <li key={contact.slug} className="press-contact">
            {/* No `now`: the pages holding this block are cached, so the browser supplies the time. */}
            <PressContactCard
              contact={contact}
              locale={locale}
              headingLevel={3}
              id={`${headingId}-${contact.slug}`}
            />
          </li>
        ))}
      </ul>
      {vcardHref ? (
        <p className="press-contacts__vcard">
          <a href={vcardHref} download>
            {press('releaseVcard')}
          </a>
        </p>
      ) : null}
    </section>
  )
}
