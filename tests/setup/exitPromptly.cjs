// Loaded into Jest's worker processes (NODE_OPTIONS in package.json's test script). A worker ends
// when its event loop runs dry; Node then tears down the native addons (SQLite, libvips) and the
// heaps of every test file it ran, which on a loaded machine took longer than the half second Jest
// waits before killing the worker and printing "A worker process has failed to exit gracefully".
// No handle is open by then (checked): exit at once instead.
if (process.env.JEST_WORKER_ID) process.once('beforeExit', (code) => process.exit(code))
