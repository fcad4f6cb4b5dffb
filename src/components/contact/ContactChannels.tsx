import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import type { Locale } from '@/i18n/locales'
import type { PressContact } from '@/content'
import { formatPhoneInternational } from '@/i18n/format'

/**
 * How to reach a contact: each phone as a tel: link in international format with its kind (the
 * out-of-hours line marked), then the e-mail. `extra` items follow (a vCard download).
 */
export async function ContactChannels({
  contact,
  locale,
  className,
  extra,
}: {
  contact: Pick<PressContact, 'phones' | 'email'>
  locale: Locale
  className: string
  extra?: ReactNode
}) {
  const t = await getTranslations({ locale, namespace: 'PressContacts' })
  return (
    <ul className={className}>
      {contact.phones.map((phone) => (
        <li key={`${phone.kind}-${phone.number}`} className={`phone phone--${phone.kind}`}>
          {t.rich('phone', {
            label: t(`kind.${phone.kind}`),
            kind: (chunks) => (phone.kind === 'outOfHours' ? <strong>{chunks}</strong> : chunks),
            number: formatPhoneInternational(phone.number),
            tel: (chunks) => (
              <a href={`tel:${phone.number}`} dir="ltr">
                {chunks}
              </a>
            ),
          })}
        </li>
      ))}
      {contact.email ? (
        <li>
          {t.rich('emailLine', {
            address: contact.email,
            mail: (chunks) => <a href={`mailto:${contact.email}`}>{chunks}</a>,
          })}
        </li>
      ) : null}
      {extra}
    </ul>
  )
}
