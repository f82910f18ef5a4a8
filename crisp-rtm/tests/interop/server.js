// A real socket.io v4 server standing in for Crisp's realtime relay, for crisp-rtm's
// interop test. It listens on an ephemeral loopback port, prints the port on stdout, and
// behaves like Crisp: silent until `authentication` with the right credentials, then
// `authenticated` and events; `unauthorized` and a disconnect otherwise.
//
// CRISP_INTEROP_SCENARIO selects what happens after `authenticated`:
// - `basic` (default): one `message:send`, and `socket:bind:push` echoed back as an event;
//   pings every 200 ms, so a client that does not answer is dropped within 400 ms.
// - `burst`: on the first authenticated connection, four `message:send` 200 ms after
//   `authenticated`, then the transport dropped 300 ms later (or, with
//   CRISP_INTEROP_DROP_ON=push, as soon as the client sends `socket:bind:push`, i.e. only
//   once it has seen all four: nothing else comes before); how it is dropped:
//   CRISP_INTEROP_DROP, `close` (Engine.IO close, a WebSocket close frame; the default),
//   `disconnect` (Socket.IO disconnect packet, then close) or `destroy` (the TCP socket
//   cut without any closing frame). On the next connection, four more right after
//   `authenticated` (same tick, same socket: they cannot overtake it). Pings come every
//   25 s, as Crisp's do, so no later frame pushes a stuck event out in time. Each event
//   carries its number (`fingerprint`) and the server's send time (`timestamp`, ms); the
//   server prints `sent <n> <timestamp>` on stdout for each.
"use strict";

const http = require("http");
const { Server } = require("socket.io");

const IDENTIFIER = "interop-identifier";
const KEY = "interop-key";
const SCENARIO = process.env.CRISP_INTEROP_SCENARIO || "basic";
const DROP = process.env.CRISP_INTEROP_DROP || "close";
const DROP_ON = process.env.CRISP_INTEROP_DROP_ON || "timer";
if (
  !["basic", "burst"].includes(SCENARIO) ||
  !["close", "disconnect", "destroy"].includes(DROP) ||
  !["timer", "push"].includes(DROP_ON)
) {
  console.error(
    `unknown CRISP_INTEROP_SCENARIO=${SCENARIO}, CRISP_INTEROP_DROP=${DROP} or CRISP_INTEROP_DROP_ON=${DROP_ON}`,
  );
  process.exit(2);
}
const BURST = SCENARIO === "burst";

const httpServer = http.createServer();
const io = new Server(httpServer, {
  path: "/",
  transports: ["websocket"],
  pingInterval: BURST ? 25000 : 200,
  pingTimeout: BURST ? 20000 : 200,
});

// The burst scenario: authenticated connections so far.
let sessions = 0;

function burstEvent(socket, n) {
  const timestamp = Date.now();
  socket.emit("message:send", {
    website_id: "42286ab3-b29a-4fde-8538-da0ae501d825",
    session_id: "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881",
    type: "text",
    from: "user",
    origin: "chat",
    content: "burst " + n,
    fingerprint: n,
    timestamp,
  });
  console.log(`sent ${n} ${timestamp}`);
}

function dropTransport(socket) {
  console.log(`drop ${DROP}`);
  if (DROP === "close") socket.conn.close();
  else if (DROP === "disconnect") socket.disconnect(true);
  else socket.conn.transport.socket._socket.destroy();
}

function burst(socket) {
  sessions += 1;
  if (sessions === 1) {
    setTimeout(() => {
      for (let n = 1; n <= 4; n++) burstEvent(socket, n);
      if (DROP_ON === "timer") setTimeout(() => dropTransport(socket), 300);
      else socket.once("socket:bind:push", () => dropTransport(socket));
    }, 200);
  } else if (sessions === 2) {
    for (let n = 5; n <= 8; n++) burstEvent(socket, n);
  }
}

io.on("connection", (socket) => {
  socket.on("authentication", (auth) => {
    const ok = auth && auth.tier === "plugin" && auth.username === IDENTIFIER && auth.password === KEY;
    if (!ok) {
      socket.emit("unauthorized", { message: "Invalid credentials" });
      setTimeout(() => socket.disconnect(true), 50);
      return;
    }
    socket.emit("authenticated", true);
    if (BURST) {
      burst(socket);
      return;
    }
    const events = Array.isArray(auth.events) ? auth.events : [];
    if (events.includes("message:send")) {
      socket.emit("message:send", {
        website_id: "42286ab3-b29a-4fde-8538-da0ae501d825",
        session_id: "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881",
        type: "text",
        from: "user",
        origin: "chat",
        content: "Hello from socket.io " + require("socket.io/package.json").version,
        fingerprint: 163408807614693,
        timestamp: Date.now(),
      });
    }
  });
  // Echo binds back as an event, so the test sees the server received them.
  if (BURST) return;
  socket.on("socket:bind:push", (payload) => {
    socket.emit("session:set_state", {
      website_id: "42286ab3-b29a-4fde-8538-da0ae501d825",
      session_id: "pushed:" + (payload && payload.events ? payload.events.join(",") : ""),
      state: "resolved",
    });
  });
});

httpServer.listen(0, "127.0.0.1", () => {
  console.log(httpServer.address().port);
});
