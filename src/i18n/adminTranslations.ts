// Beacon's own strings in the admin, added to Payload's translations (config.i18n.translations)
// and read with t('beacon:key'). Payload interpolates {{name}}.
export const adminTranslations = {
  en: {
    beacon: {
      missing: 'Missing',
      outdated: 'Outdated',
      current: 'Current',
      sourceChangedAt: 'English text last changed {{date}}',
      savedAt: 'Saved {{date}}',
      neverSaved: 'Not saved yet',
      workTitle: 'Translation work',
      workIntro: 'Documents whose translation is missing, or older than the latest change to the English text. Open one to work on it in that language; saving the translation makes it current.',
      workNone: 'Nothing to do: every translation is current.',
      workCounts: '{{outdated}} outdated, {{missing}} missing',
      workMore: 'and {{count}} more',
      viewOnSiteNote: 'Readers see the published version in each language.',
    },
  },
  ja: {
    beacon: {
      missing: '未翻訳',
      outdated: '要更新',
      current: '最新',
      sourceChangedAt: '英語版の最終変更：{{date}}',
      savedAt: '保存：{{date}}',
      neverSaved: '未保存',
      workTitle: '翻訳作業',
      workIntro: '翻訳がない、または英語版の最新の変更より古いドキュメントです。開くとその言語で編集できます。翻訳を保存すると「最新」になります。',
      workNone: '作業はありません。すべての翻訳が最新です。',
      workCounts: '要更新 {{outdated}} 件、未翻訳 {{missing}} 件',
      workMore: 'ほか {{count}} 件',
      viewOnSiteNote: '読者に表示されるのは、各言語の公開済みの版です。',
    },
  },
  es: {
    beacon: {
      missing: 'Falta',
      outdated: 'Desactualizada',
      current: 'Al día',
      sourceChangedAt: 'Último cambio del texto en inglés: {{date}}',
      savedAt: 'Guardada: {{date}}',
      neverSaved: 'Aún no guardada',
      workTitle: 'Trabajo de traducción',
      workIntro: 'Documentos cuya traducción falta o es anterior al último cambio del texto en inglés. Ábralos para trabajar en ese idioma; al guardar la traducción, queda al día.',
      workNone: 'No hay nada pendiente: todas las traducciones están al día.',
      workCounts: '{{outdated}} desactualizadas, {{missing}} pendientes',
      workMore: 'y {{count}} más',
      viewOnSiteNote: 'Los lectores ven la versión publicada de cada idioma.',
    },
  },
}

export type AdminTranslationKey = `beacon:${keyof (typeof adminTranslations)['en']['beacon']}`

/** Payload's `t`, typed for Beacon's keys (Payload's own type knows only its built-in ones). */
export type AdminT = (key: AdminTranslationKey, vars?: Record<string, unknown>) => string
export const adminT = (t: unknown): AdminT => t as AdminT
