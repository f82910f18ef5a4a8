// The reference: the official socket.io-client, run through server.js's burst scenario
// the way Crisp's node library connects (websocket only, `authentication` on connect).
// Usage: node client.js URL. Prints `got <n> <ms after sending>` per event and exits 0
// once it has events 1 to 8, or 1 with what it has after 15 s.
"use strict";

const { io } = require("socket.io-client");

const url = process.argv[2];
const socket = io(url, {
  path: "/",
  transports: ["websocket"],
  reconnectionDelay: 50,
  reconnectionDelayMax: 200,
});
const seen = [];
socket.on("connect", () => {
  socket.emit("authentication", {
    tier: "plugin",
    username: "interop-identifier",
    password: "interop-key",
    events: ["message:send"],
  });
});
socket.on("message:send", (message) => {
  seen.push(message.fingerprint);
  console.log(`got ${message.fingerprint} ${Date.now() - message.timestamp}`);
  if (seen.length === 8) {
    const ok = seen.every((n, i) => n === i + 1);
    console.log(ok ? "all 8 in order" : `out of order: ${seen}`);
    process.exit(ok ? 0 : 1);
  }
});
setTimeout(() => {
  console.log(`only ${seen} after 15 s`);
  process.exit(1);
}, 15000);
