// For the scripts that end with process.exit (prepare, the bench's addReleases and its helpers): their
// event loop only runs dry if a step never settles, and Node 20 then exits with code 13 and says
// nothing (Node 22 names the await). This names the step instead, and exits 1. Imported second,
// right after ./env, so it watches from the evaluation of Payload's config onwards; what happens
// before any module runs, Node loading the modules (tsx's loader thread), it cannot see: a script
// that exits 13 without naming a step stopped there.
let what = 'The script'
let step = 'loading its modules'

/** Names the script for the message; returns the setter of the step it is on. */
export const stepsOf = (script: string) => {
  what = script
  return (next: string) => {
    step = next
  }
}

process.on('beforeExit', () => {
  console.error(`${what} stopped while ${step}: a step never finished.`)
  process.exit(1)
})
// With the handler above, a 13 can only come from a call of process.exit(13): Node 20's module loader
// makes it when its thread never answered a synchronous request (a require() resolved through tsx).
process.on('exit', (code) => {
  if (code === 13) console.error(`${what} exited with code 13 while ${step}.`)
})
