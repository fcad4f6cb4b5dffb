import type { routing } from '@/i18n/routing'
import type messages from '../messages/en.json'

// A missing or misspelled message key fails the type check.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number]
    Messages: typeof messages
  }
}
