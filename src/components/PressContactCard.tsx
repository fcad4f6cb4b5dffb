import { getTranslations } from 'next-intl/server'
import { Link } from '@/components/Link'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { PressContact, PressDirectoryEntry } from '@/content'
import { formatList, formatListParts, languageName } from '@/i18n/format'
import { localTime } from '@/site/press/localTime'
import { LiveLocalTime } from './contact/LiveLocalTime'
import { isRegion } from '@/documents/choices'
import { ContactChannels } from './contact/ContactChannels'
import { ContactName } from './contact/ContactName'
import { Text } from './Text'

/**
 * One press contact as a journalist needs it: who, where, which languages, the time where they
 * are (and whether the office is open), and every way to reach them. The same card in the press
 * room and wherever a page names its press contacts (a release's "for further information").
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
  id = `contact-${contact.slug}`,
}: {
  /** Topics and regions are shown where known (the press room's entries carry them). */
  contact: PressContact & Partial<Pick<PressDirectoryEntry, 'topics' | 'regions'>>
  locale: Locale
  /** When the page is rendered; left out on cached pages, where the browser supplies the time. */
  now?: Date
  headingLevel?: 1 | 2 | 3
  linkName?: boolean
  /** The heading's id, unique on the page (a contact may be named in more than one block). */
  id?: string
}) {
  const [t, kinds, regionName] = await Promise.all([
    getTranslations({ locale, namespace: 'Press' }),
    getTranslations({ locale, namespace: 'PressContacts' }),
    getTranslations({ locale, namespace: 'Region' }),
  ])
  const Heading = `h${headingLevel}` as const
  // The zone's name is the same at any hour; the time is the server's only when rendered now.
  const clock = localTime(now ?? new Date(), contact.timeZone, locale)
  const [topics, regions] = [contact.topics ?? [], contact.regions?.filter(isRegion) ?? []]
  const hasOutOfHoursLine = contact.phones.some((phone) => phone.kind === 'outOfHours')
  return (
    <article className="press-card" aria-labelledby={id}>
      <Heading id={id} className="press-card__name">
        <ContactName contact={contact} link={linkName} />
      </Heading>
      <Text as="p" className="press-card__role" value={contact.role} locale={locale} />
      <Text as="p" className="press-card__office" value={contact.office} locale={locale} />
      {clock ? (
        <LiveLocalTime
          timeZone={contact.timeZone}
          locale={locale}
          initial={now ? { time: clock.time, inOfficeHours: clock.inOfficeHours } : null}
          around={aroundTime(t('localTime', { time: TIME_MARK, zone: clock.zone }))}
          zoneOnly={t('timeZone', { zone: clock.zone })}
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
            <dd>
              {formatList(
                contact.languages.map((tag) => languageName(tag, locale)),
                locale,
              )}
            </dd>
          </div>
        ) : null}
        {topics.length > 0 ? (
          <div>
            <dt>{t('topics')}</dt>
            <dd>
              {formatListParts(
                topics.map((topic) => (
                  <Link
                    key={topic.slug}
                    href={{ pathname: '/focus-areas/[slug]', params: { slug: topic.slug } }}
                  >
                    <Text value={topic.title} locale={locale} />
                  </Link>
                )),
                locale,
              )}
            </dd>
          </div>
        ) : null}
        {regions.length > 0 ? (
          <div>
            <dt>{t('regions')}</dt>
            <dd>
              {formatList(
                regions.map((region) => regionName(region)),
                locale,
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      <ContactChannels
        contact={contact}
        locale={locale}
        className="press-card__channels"
        extra={
          <li>
            <a
              href={getPathname({
                locale,
                href: { pathname: '/press/[slug]/vcard', params: { slug: contact.slug } },
              })}
              download={`${contact.slug}.vcf`}
            >
              {t('vcard')}
            </a>
          </li>
        }
      />
    </article>
  )
}
