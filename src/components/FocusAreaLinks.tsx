import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/locales'
import type { FocusAreaLink } from '@/content'
import { Text } from './Text'

/** "Focus areas" under a release, committee or partner: a headed list of links, or nothing. */
export function FocusAreaLinks({
  areas,
  locale,
  heading,
  id,
  as: Container = 'section',
  className,
}: {
  areas: FocusAreaLink[]
  locale: Locale
  heading: string
  id: string
  as?: 'section' | 'aside'
  className?: string
}) {
  if (areas.length === 0) return null
  return (
    <Container className={className} aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {areas.map((area) => (
          <li key={area.slug}>
            <Link href={{ pathname: '/focus-areas/[slug]', params: { slug: area.slug } }}>
              <Text value={area.title} locale={locale} />
            </Link>
          </li>
        ))}
      </ul>
    </Container>
  )
}
