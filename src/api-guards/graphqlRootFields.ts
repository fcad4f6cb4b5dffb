import { type FragmentDefinitionNode, Kind, parse, type SelectionSetNode } from 'graphql'

/**
 * How many of the root fields named in `names` a GraphQL query selects, in its costliest operation
 * (a request runs one), fragments followed. Counted by response key: an alias is one more lookup,
 * while repeats of one key merge into a single one. Null when the query does not parse: GraphQL then
 * runs nothing either (Payload's handler parses with this same `graphql` package).
 */
export const rootFieldCount = (query: string, names: ReadonlySet<string>): number | null => {
  let definitions
  try {
    ;({ definitions } = parse(query))
  } catch {
    return null
  }
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  }
  let most = 0
  for (const operation of definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION) continue
    const keys = new Set<string>()
    const spread = new Set<string>()
    // A stack, not recursion: a long chain of fragments must not overflow the call stack.
    const pending: SelectionSetNode[] = [operation.selectionSet]
    for (let set = pending.pop(); set; set = pending.pop()) {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (names.has(selection.name.value)) keys.add((selection.alias ?? selection.name).value)
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          pending.push(selection.selectionSet)
        } else if (!spread.has(selection.name.value)) {
          spread.add(selection.name.value)
          const fragment = fragments.get(selection.name.value)
          if (fragment) pending.push(fragment.selectionSet)
        }
      }
    }
    most = Math.max(most, keys.size)
  }
  return most
}
