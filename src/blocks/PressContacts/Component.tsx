import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { PressContact } from '@/lib/content'
import { formatPhoneInternational, languageName } from '@/lib/format'
import { Text } from '@/components/Text'
import { Link } from '@/i18n/navigation'

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
              <Link href={{ pathname: '/press/[slug]', params: { slug: contact.slug } }}>{contact.name}</Link>
              {contact.nameLatin && contact.nameLatin !== contact.name ? (
                <span className="press-contact__latin" lang="en">
                  {' '}
                  ({contact.nameLatin})
                </span>
              ) : null}
            </p>
            <Text as="p" className="press-contact__role" value={contact.role} locale={locale} />
            <Text as="p" className="press-contact__office" value={contact.office} locale={locale} />
            {contact.languages.length > 0 ? (
              <p className="press-contact__languages">
                {t('languages')}:{' '}
                {contact.languages.map((tag, i) => (
                  <span key={tag}>
                    {i > 0 ? ', ' : ''}
                    {languageName(tag, locale)}
                  </span>
                ))}
              </p>
            ) : null}
            <ul className="press-contact__channels">
              {contact.phones.map((phone) => (
                <li key={`${phone.kind}-${phone.number}`} className={`phone phone--${phone.kind}`}>
                  {t(`kind.${phone.kind}` as const)}:{' '}
                  <a href={`tel:${phone.number}`} dir="ltr">
                    {formatPhoneInternational(phone.number)}
                  </a>
                </li>
              ))}
              {contact.email ? (
                <li>
                  {t('email')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </li>
              ) : null}
            </ul>
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
