// The loopback ports the suite serves the builds on. E2E_PORT lets two
// checkouts run their suites side by side.
export const PORT = Number(process.env.E2E_PORT ?? 4173);
// The build made for a sub-path, served under /tocsin.
export const SUBPATH_PORT = PORT + 1;
export const SUBPATH = '/tocsin';
// A generated archive of two thousand articles, served at the root.
export const ARCHIVE_PORT = PORT + 2;
// `cargo xtask serve` itself, the writers' loop, on a copy of the demo
// content the test edits.
export const SERVE_PORT = PORT + 3;
export const SERVE_DATA = '../target/serve-data';
