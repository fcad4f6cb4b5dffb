// Whose name comes first, and in which script: a vCard's N and FN follow the person's own order.
// Han, kana and hangul names are written family name first.
const familyNameFirst = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/

/** Family and given names from a name written as the person writes it. */
export const splitName = (name: string): { family: string; given: string } => {
  const parts = name.trim().split(/\s+/)
  if (parts.length === 1) return { family: parts[0], given: '' }
  return familyNameFirst.test(name)
    ? { family: parts[0], given: parts.slice(1).join(' ') }
    : { family: parts[parts.length - 1], given: parts.slice(0, -1).join(' ') }
}

// ISO 15924 codes that Intl gives for languages written in a mix of Unicode scripts.
const scriptMixes: Record<string, string[]> = {
  Jpan: ['Han', 'Hira', 'Kana'],
  Kore: ['Hang', 'Han'],
  Hans: ['Han'],
  Hant: ['Han'],
}

export const likelyScript = (tag: string): string | undefined => {
  try {
    return new Intl.Locale(tag).maximize().script
  } catch {
    return undefined
  }
}

/** Whether a name uses the script a language is usually written in. */
export const writtenIn = (name: string, script: string | undefined): boolean => {
  if (!script) return false
  return (scriptMixes[script] ?? [script]).some((unicodeScript) => {
    try {
      return new RegExp(`\\p{Script=${unicodeScript}}`, 'u').test(name)
    } catch {
      return false // not a Unicode script name
    }
  })
}

/**
 * The languages of a name outside the Latin script and of its romanisation: the first of the
 * person's languages that is written in the name's script (ja for 森 遥, so ja-Latn for Haruka Mori).
 */
export const nameLanguages = (
  name: string,
  languages: string[],
): { native?: string; latin?: string } => {
  const native = languages.find((tag) => {
    const script = likelyScript(tag)
    return script !== 'Latn' && writtenIn(name, script)
  })
  return native ? { native, latin: new Intl.Locale(native, { script: 'Latn' }).toString() } : {}
}
