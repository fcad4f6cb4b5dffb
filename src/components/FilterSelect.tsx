import type { Locale } from '@/i18n/locales'
import type { Translated } from '@/content'

export type FilterOption = { value: string; label: string | Translated | undefined }

/**
 * One filter of a GET form (news list, press room): its label, an "any" choice, and the options,
 * each marked with its language when it is an untranslated fallback.
 */
export function FilterSelect({
  label,
  name,
  value,
  anyLabel,
  options,
  locale,
}: {
  label: string
  name: string
  value: string | undefined
  anyLabel: string
  options: FilterOption[]
  locale: Locale
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {options.map((option) => {
          const text =
            typeof option.label === 'object'
              ? option.label
              : { value: option.label ?? option.value, lang: locale }
          return (
            <option
              key={option.value}
              value={option.value}
              lang={text.lang !== locale ? text.lang : undefined}
            >
              {text.value ?? option.value}
            </option>
          )
        })}
      </select>
    </label>
  )
}
