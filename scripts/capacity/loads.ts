// The loads `npm run capacity` puts on the stack, as wrk Lua hooks: a mix over every public page of
// the site, most readers on a few pages as in real traffic, counting what nginx's edge cache did
// with each request; and searches, which every instance renders on request.
import { locales } from '@/i18n/locales'

/** Every page the sitemap lists (following a sitemap index), as paths. */
export const sitePaths = async (url: string): Promise<string[]> => {
  const locs = async (address: string) =>
    [...(await (await fetch(address)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
  const top = await locs(`${url}/sitemap.xml`)
  const children = top.filter((loc) => loc.endsWith('.xml'))
  const all = children.length
    ? (
        await Promise.all(children.map((child) => locs(child.replace(/^https?:\/\/[^/]+/, url))))
      ).flat()
    : top
  return all.map((loc) => new URL(loc).pathname)
}

const luaStrings = (values: string[]) => values.map((value) => JSON.stringify(value)).join(',')

// Edge cache outcomes, as nginx's $upstream_cache_status names them ("none": not cacheable).
const EDGE_STATES = ['HIT', 'MISS', 'EXPIRED', 'STALE', 'UPDATING', 'REVALIDATED', 'BYPASS', 'none']

/**
 * Requests spread over `paths` by Zipf's law (the n-th page asked 1/n as often as the first), in
 * the sitemap's order: the home pages and lists first. Prints `EDGE <state> <count>` per state.
 */
export const pageMixLua = (paths: string[]) => `
local paths = {${luaStrings(paths)}}
local cumulative, total = {}, 0
for i = 1, #paths do total = total + 1 / i; cumulative[i] = total end
local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function() math.randomseed(os.time() + math.floor(os.clock() * 1e6)) end
request = function()
  local r, low, high = math.random() * total, 1, #paths
  while low < high do
    local mid = math.floor((low + high) / 2)
    if cumulative[mid] < r then low = mid + 1 else high = mid end
  end
  return wrk.format("GET", paths[low])
end
response = function(status, headers)
  local state = headers["X-Edge-Cache"] or headers["x-edge-cache"] or "none"
  if state == "" then state = "none" end
  _G["edge_" .. state] = (_G["edge_" .. state] or 0) + 1
end
report_more = function()
  for _, state in ipairs({${luaStrings(EDGE_STATES)}}) do
    local count = 0
    for _, thread in ipairs(threads) do count = count + (thread:get("edge_" .. state) or 0) end
    io.write(string.format("EDGE %s %d\\n", state, count))
  end
end
`

/** What the edge cache did with the mix's requests, from wrk's output. */
export const edgeStates = (stdout: string): Record<string, number> =>
  Object.fromEntries(
    [...stdout.matchAll(/^EDGE (\S+) (\d+)$/gm)]
      .map((m) => [m[1], Number(m[2])] as const)
      .filter(([, count]) => count > 0),
  )

/** Searches for `words` in each language, at random: a page rendered on every request. */
export const searchLua = (words: string[]) => `
local words = {${luaStrings(words)}}
local locales = {${luaStrings([...locales])}}
init = function() math.randomseed(os.time() + math.floor(os.clock() * 1e6)) end
request = function()
  local path = "/" .. locales[math.random(#locales)] .. "/search?q=" .. words[math.random(#words)]
  return wrk.format("GET", path)
end
`
