// The composition root: opens the database, migrates it and wires every module's repositories and
// services together. The server, the CLI and the tests all start from here, so they share one core.
export { type App, type AppConfig, openApp, resolveConfig } from './app.open.ts';
