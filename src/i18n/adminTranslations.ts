import { inEachLanguage } from './locales'
import { messages } from './messages'

// Beacon's own strings in the admin, from messages/*.json ("Admin"), added to Payload's
// translations (config.i18n.translations) and read with t('beacon:key'). Payload interpolates {{name}}.
export const adminTranslations = inEachLanguage((locale) => ({ beacon: messages[locale].Admin }))
