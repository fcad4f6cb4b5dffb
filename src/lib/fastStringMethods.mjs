// node-redis defines `class VerbatimString extends String`. On Node 20 (V8 11.3), making
// String.prototype the parent of a class's prototype turns it into a dictionary of properties, and
// nothing in a server turns it back: every string method call in the process is then looked up the
// slow way and never inlined. Measured on the built site: Next's ETag over a 54 KB page took 530 µs
// instead of 115, and a cached home page cost 1.83 ms of CPU instead of 1.50. V8 makes a prototype
// fast again once a property load through an object that inherits from it has been cached, which
// takes a few tens of loads.
const LOADS = 1000

/**
 * Turns String.prototype back into a fast object after a module that subclasses String has been
 * evaluated. Returns a number only so that a minifier keeps the loads.
 */
export const restoreFastStringMethods = () => {
  const wrapped = new String(' ')
  let sum = 0
  for (let i = 0; i < LOADS; i++) sum += wrapped.charCodeAt(0)
  return sum
}
