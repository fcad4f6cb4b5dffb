import en from '../../messages/en.json'
import es from '../../messages/es.json'
import ja from '../../messages/ja.json'

// Beacon's own strings in the admin, from messages/*.json ("Admin"), added to Payload's
// translations (config.i18n.translations) and read with t('beacon:key'). Payload interpolates {{name}}.
export const adminTranslations = {
  en: { beacon: en.Admin },
  ja: { beacon: ja.Admin },
  es: { beacon: es.Admin },
}
