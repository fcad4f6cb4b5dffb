'use client'
import { FieldLabel, useFormFields, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { adminT } from '@/i18n/adminT'
import { localeNames, locales } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import type { DocumentPathname } from '@/documents/preview'

/** Links to the public page in each language; the public sees the published version of each. */
export const ViewOnSite: UIFieldClientComponent = (props) => {
  const { field } = props
  const pathname = (props as unknown as { pathname: DocumentPathname }).pathname
  const slug = useFormFields(([fields]) => fields.slug?.value)
  const { t } = useTranslation()
  if (typeof slug !== 'string' || slug === '') return null
  return (
    <div className="field-type view-on-site">
      <FieldLabel label={field.label} />
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={getPathname({ locale, href: { pathname, params: { slug } } as never })}
              target="_blank"
              rel="noopener"
              lang={locale}
              hrefLang={locale}
            >
              {localeNames()[locale]}
            </a>
          </li>
        ))}
      </ul>
      <small>{adminT(t)('beacon:viewOnSiteNote')}</small>
    </div>
  )
}
