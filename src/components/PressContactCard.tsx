import { getTranslations } from 'next-intl/server'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { PressDirectoryEntry } from '@/lib/content'
import { formatList, formatListParts, languageName } from '@/lib/format'
import { localTime } from '@/lib/press/localTime'
import { LiveLocalTime } from './contact/LiveLocalTime'
import { isRegion } from '@/fields/regions'
import { ContactChannels } from './contact/ContactChannels'
import { ContactName } from './contact/ContactName'
import { Text } from './Text'

/**
 * One press contact as a journalist needs it: who, where, which languages, the time where they
 * are (and whether the office is open), and every way to reach them.
 */
// The translated sentence is split where the time goes, so the browser can keep the time current.
const TIME_MARK = '\u2063'
const aroundTime = (sentence: string): [string, string] => {
  const [before, after = ''] = sentence.split(TIME_MARK)
  return [before, after]
}

export async function PressContactCard({
  contact,
  locale,
  now,
  headingLevel = 2,
  linkName = true,
}: {
  contact: PressDirectoryEntry
  locale: Locale
  now: Date
  headingLevel?: 1 | 2 | 3
  linkName?: boolean
}) {
  const [t, kinds, regionName] = await Promise.all([
    getTranslations({ locale, namespace: 'Press' }),
    getTranslations({ locale, namespace: 'PressContacts' }),
    getTranslations({ locale, namespace: 'Region' }),
  ])
  const Heading = `h${headingLevel}` as const
  const clock = localTime(now, contact.timeZone, locale)
  const hasOutOfHoursLine = contact.phones.some((phone) => phone.kind === 'outOfHours')
  return (
    <article className="press-card" aria-labelledby={`contact-${contact.slug}`}>
      <Heading id={`contact-${contact.slug}`} className="press-card__name">
        <ContactName contact={contact} link={linkName} />
      </Heading>
      <Text as="p" className="press-card__role" value={contact.role} locale={locale} />
      <Text as="p" className="press-card__office" value={contact.office} locale={locale} />
      {clock ? (
        <LiveLocalTime
          timeZone={contact.timeZone}
          locale={locale}
          time={clock.time}
          inOfficeHours={clock.inOfficeHours}
          around={aroundTime(t('localTime', { time: TIME_MARK, zone: clock.zone }))}
          closedNote={
            <>
              {' · '}
              <strong>{t('outsideHours')}</strong>
              {hasOutOfHoursLine ? ` · ${t('outOfHoursHint')}` : null}
            </>
          }
        />
      ) : null}
      <dl className="press-card__facts">
        {contact.languages.length > 0 ? (
          <div>
            <dt>{kinds('languages')}</dt>
            <dd>{formatList(contact.languages.map((tag) => languageName(tag, locale)), locale)}</dd>
          </div>
        ) : null}
        {contact.topics.length > 0 ? (
          <div>
            <dt>{t('topics')}</dt>
            <dd>
              {formatListParts(
                contact.topics.map((topic) => (
                  <Link key={topic.slug} href={{ pathname: '/focus-areas/[slug]', params: { slug: topic.slug } }}>
                    <Text value={topic.title} locale={locale} />
                  </Link>
                )),
                locale,
              )}
            </dd>
          </div>
        ) : null}
        {contact.regions.length > 0 ? (
          <div>
            <dt>{t('regions')}</dt>
            <dd>{formatList(contact.regions.filter(isRegion).map((region) => regionName(region)), locale)}</dd>
          </div>
        ) : null}
      </dl>
      <ContactChannels
        contact={contact}
        locale={locale}
        className="press-card__channels"
        extra={
          <li>
            <a href={getPathname({ locale, href: { pathname: '/press/[slug]/vcard', params: { slug: contact.slug } } })} download={`${contact.slug}.vcf`}>
              {t('vcard')}
            </a>
          </li>
        }
      />
    </article>
  )
}
