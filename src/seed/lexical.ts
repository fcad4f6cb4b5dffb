import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { RichText } from './types'

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

/** The seed's small rich-text vocabulary as the Lexical JSON that Payload stores. */
export const toLexical = (blocks: RichText): SerializedEditorState =>
  ({
    root: element(
      'root',
      blocks.map((block) => {
        switch (block.type) {
          case 'paragraph':
            return element('paragraph', [text(block.text)], { textFormat: 0, textStyle: '' })
          case 'heading':
            return element('heading', [text(block.text)], { tag: 'h2' })
          case 'quote':
            return element('quote', [text(block.text)])
          case 'list':
            return element(
              'list',
              block.items.map((item, i) => element('listitem', [text(item)], { value: i + 1 })),
              { listType: 'bullet', start: 1, tag: 'ul' },
            )
        }
      }),
    ),
  }) as unknown as SerializedEditorState
