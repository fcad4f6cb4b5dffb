import { Link } from '@/components/Link'
import type { PressContact } from '@/content'

/** The name as the person writes it, the Latin-script form after it when different, optionally linked to their page. */
export function ContactName({
  contact,
  link = true,
}: {
  contact: Pick<PressContact, 'slug' | 'name' | 'nameLatin'>
  link?: boolean
}) {
  return (
    <>
      {link ? (
        <Link href={{ pathname: '/press/[slug]', params: { slug: contact.slug } }}>
          {contact.name}
        </Link>
      ) : (
        contact.name
      )}
      {contact.nameLatin && contact.nameLatin !== contact.name ? (
        <span className="contact-latin" lang="en">
          {' '}
          ({contact.nameLatin})
        </span>
      ) : null}
    </>
  )
}
