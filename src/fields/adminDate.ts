import type { DateField } from 'payload'

/**
 * The admin's date and time format: date-fns's localized long date with short time, which each
 * admin language's date-fns locale spells its own way (2026年12月2日 3:56, 2 de diciembre de 2026 a
 * las 03:56, December 2nd, 2026 at 3:56 AM). A literal pattern such as Payload's default
 * 'MMMM do yyyy, h:mm a' is English word order in every language (12月 2日 2026, 3:56 午前).
 */
export const adminDateFormat = 'PPPp'

/**
 * A date and time field shown in the admin's format, its picker's times on the language's clock,
 * in the admin's language from the first view (see LocalizedDateField).
 */
export const dayAndTimeAdmin = {
  date: { pickerAppearance: 'dayAndTime', displayFormat: adminDateFormat, timeFormat: 'p' },
  components: { Field: '/admin/LocalizedDateField#LocalizedDateField' },
} satisfies DateField['admin']
