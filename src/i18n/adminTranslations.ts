import { messages } from './messages'

// Beacon's own strings in the admin, from messages/*.json ("Admin"), added to Payload's
// translations (config.i18n.translations) and read with t('beacon:key'). Payload interpolates {{name}}.
export const adminTranslations = {
  en: { beacon: messages.en.Admin },
  ja: { beacon: messages.ja.Admin },
  es: { beacon: messages.es.Admin },
}
