import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { PressContact } from '@/lib/content'
import { ContactChannels } from '@/components/contact/ContactChannels'
import { ContactName } from '@/components/contact/ContactName'
import { Text } from '@/components/Text'
import { formatList, languageName } from '@/lib/format'

/** "For further information, please contact": who, which office, which languages, how to call or write. */
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
  const [t, press] = await Promise.all([getTranslations({ locale, namespace: 'PressContacts' }), getTranslations({ locale, namespace: 'Press' })])
  return (
    <section className="press-contacts" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading ?? t('heading')}</h2>
      <ul>
        {contacts.map((contact) => (
          <li key={contact.slug} className="press-contact">
            <p className="press-contact__name">
              <ContactName contact={contact} />
            </p>
            <Text as="p" className="press-contact__role" value={contact.role} locale={locale} />
            <Text as="p" className="press-contact__office" value={contact.office} locale={locale} />
            {contact.languages.length > 0 ? (
              <p className="press-contact__languages">
                {t('languagesLine', { languages: formatList(contact.languages.map((tag) => languageName(tag, locale)), locale) })}
              </p>
            ) : null}
            <ContactChannels contact={contact} locale={locale} className="press-contact__channels" />
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
