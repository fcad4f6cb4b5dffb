'use client'
import { DateTimeField, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientComponent } from 'payload'

/**
 * Payload's date field, with the admin language's date-fns locale handed to the picker. Payload
 * registers that locale in an effect once it has loaded, after the picker has drawn its value, so
 * on a first visit the value read "December 16th, 2026 at 10:00 AM" in the Japanese admin.
 */
export const LocalizedDateField: DateFieldClientComponent = (props) => {
  const { i18n } = useTranslation()
  const { field } = props
  // react-datepicker's own props (overrides) take a date-fns locale as `locale`.
  const date = field.admin?.date as { overrides?: object } | undefined
  const admin = {
    ...field.admin,
    date: { ...date, overrides: { ...date?.overrides, locale: i18n.dateFNS } },
  } as typeof field.admin
  return <DateTimeField {...props} field={{ ...field, admin }} />
}
