// vcard4 4.0.5 folds every 75 UTF-16 units: Japanese lines run to 225 octets and more, a character
// outside the BMP (𠮷) can be cut in two, and a group's prefix is not counted; and it escapes ':'
// in text as '\:', which RFC 6350 does not define (readers keep the backslash). So each line is
// unfolded, '\:' written as ':', and folded again by octets, never inside a character (§3.2).
const FOLD_OCTETS = 75

const utf8Length = (char: string): number => {
  const code = char.codePointAt(0) ?? 0
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

export const foldLine = (line: string): string => {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    // A continuation line starts with the space that marks it.
    const room = lines.length === 0 ? FOLD_OCTETS : FOLD_OCTETS - 1
    if (octets + utf8Length(char) > room) {
      lines.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += utf8Length(char)
  }
  return [...lines, current].join('\r\n ')
}

/** The value of a content line starts after its first colon outside a quoted parameter value. */
const valueStart = (line: string): number => {
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted
    else if (line[i] === ':' && !quoted) return i + 1
  }
  return line.length
}

export const contentLines = (card: string): string =>
  card
    .replace(/\r\n /g, '')
    .split('\r\n')
    .map((line) => {
      const start = valueStart(line)
      // Escapes pair up from the left: in '\\:' the backslash is escaped, the colon plain.
      const value = line
        .slice(start)
        .replace(/\\(.)/g, (escape, char: string) => (char === ':' ? ':' : escape))
      return foldLine(line.slice(0, start) + value)
    })
    .join('\r\n')
