// A real socket.io v4 server standing in for Crisp's realtime relay, for crisp-rtm's
// interop test. It listens on an ephemeral loopback port, prints the port on stdout, and
// behaves like Crisp: silent until `authentication` with the right credentials, then
// `authenticated` and events; `unauthorized` and a disconnect otherwise.
"use strict";

const http = require("http");
const { Server } = require("socket.io");

const IDENTIFIER = "interop-identifier";
const KEY = "interop-key";

const httpServer = http.createServer();
const io = new Server(httpServer, {
  path: "/",
  transports: ["websocket"],
  pingInterval: 200,
  pingTimeout: 200,
});

io.on("connection", (socket) => {
  socket.on("authentication", (auth) => {
    const ok = auth && auth.tier === "plugin" && auth.username === IDENTIFIER && auth.password === KEY;
    if (!ok) {
      socket.emit("unauthorized", { message: "Invalid credentials" });
      setTimeout(() => socket.disconnect(true), 50);
      return;
    }
    socket.emit("authenticated", true);
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
