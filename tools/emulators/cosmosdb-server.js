#!/usr/bin/env node
// Runs @vercel/cosmosdb-server over plain HTTP on 127.0.0.1 with keep-alive, for the Cosmos DB SDK in
// gateway mode. The package's own command line closes every connection after one request, which
// holds it to a few hundred writes a second; with keep-alive it serves several thousand.
//
// Usage: node tools/emulators/cosmosdb-server.js <port> [--stop-when-stdin-closes]
// Prints "cosmosdb-server ready on http://127.0.0.1:<port>/" once it accepts connections, and stops
// on SIGTERM or SIGINT. With --stop-when-stdin-closes it also stops when its standard input closes,
// which is how a parent that holds the other end of that pipe takes it along when it ends, however
// it ends.
"use strict";

const { createHttpServer } = require("@vercel/cosmosdb-server");

const host = "127.0.0.1";
const portArgument = process.argv[2];
const stopWhenStdinCloses = process.argv.includes("--stop-when-stdin-closes");
const port = Number.parseInt(portArgument ?? "", 10);
if (!Number.isInteger(port) || port < 1 || port > 65535 || String(port) !== portArgument) {
  console.error("usage: node tools/emulators/cosmosdb-server.js <port> [--stop-when-stdin-closes]  (a port number from 1 to 65535)");
  process.exit(2);
}

const server = createHttpServer({ keepAlive: true });
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;

server.on("error", (error) => {
  if (error.code === "EADDRINUSE") {
    console.error(`port ${port} is in use by another program: stop it or choose another port`);
  } else {
    console.error(`cosmosdb-server failed: ${error.message}`);
  }
  process.exit(1);
});

server.listen(port, host, () => {
  console.log(`cosmosdb-server ready on http://${host}:${port}/`);
});

let stopping = false;
function stop(signal) {
  if (stopping) {
    return;
  }
  stopping = true;
  console.log(`cosmosdb-server stopping (${signal})`);
  // Idle keep-alive connections would hold close() open: end them, then leave.
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2_000).unref();
}

process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
if (stopWhenStdinCloses) {
  process.stdin.on("end", () => stop("standard input closed"));
  process.stdin.on("error", () => stop("standard input closed"));
  process.stdin.resume();
}
