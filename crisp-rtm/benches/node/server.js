// A real socket.io 4 server for the realtime side-by-side benchmark (side_by_side.sh). It
// listens on an ephemeral loopback port and prints it, accepts any `authentication`, answers
// `authenticated`, then sends E2E_EVENTS `message:send` events of ~1 KB over the one
// connection as fast as the client takes them (it waits on the TCP socket's `drain` when
// more than 1 MiB is queued), and exits when the client goes away. Uses socket.io from
// ../../tests/interop/node_modules (NODE_PATH).
//
// E2E_MODE says how each event is written:
// - `emit`: stock `socket.emit("message:send", payload)`, socket.io serializes every event;
// - `packet`: the Socket.IO packet serialized once, written through Engine.IO
//   (`socket.conn.write`), so the server skips JSON.stringify;
// - `raw`: the WebSocket frame built once and written 64 at a time straight to the TCP
//   socket, so the server costs next to nothing and the client is the bottleneck.
//
// On exit it prints `server cpu_us=<CPU µs per event> sys_us=<of which kernel>
// writes=<write syscalls per event>` (process.cpuUsage and /proc/self/io, from
// `authentication` to the client's disconnect).
"use strict";

const fs = require("fs");
const http = require("http");
const { Server } = require("socket.io");

const EVENTS = Number(process.env.E2E_EVENTS || 300000);
const MODE = process.env.E2E_MODE || "emit";
if (!["emit", "packet", "raw"].includes(MODE)) {
  console.error(`unknown E2E_MODE=${MODE}`);
  process.exit(2);
}
const HIGH_WATER = 1 << 20;
const RAW_BATCH = 64;

const text =
  "Hello! I ordered the blue jacket last week (order A-1042) and it still has not shipped. " +
  "Could you check the status and tell me when it will leave the warehouse? " +
  "I would also like to change the delivery address to my office if that is still possible. Thanks!";
const payload = {
  website_id: "42286ab3-b29a-4fde-8538-da0ae501d825",
  session_id: "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881",
  inbox_id: null,
  type: "text",
  from: "user",
  origin: "chat",
  content: text,
  mentions: [],
  stamped: true,
  timestamp: 1700000000000,
  fingerprint: 170000000012345,
  user: {
    user_id: "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881",
    nickname: "Jane Doe",
    avatar: "https://avatars.example.com/u/9f2c1b7e-5a4d-4c3b-8e2f-1a0b9c8d7e6f.png",
  },
  routing_ids: ["c7a1e5d2-3b4f-4a6e-8d9c-0f1e2d3c4b5a"],
  preview: [
    {
      url: "https://shop.example.com/orders/A-1042",
      website: "shop.example.com",
      title: "Order A-1042 - Example Shop",
      stamped: true,
    },
  ],
  read: "chat",
  delivered: "chat",
};
// The Socket.IO EVENT packet (type 2); Engine.IO adds its MESSAGE type (4).
const packet = "2" + JSON.stringify(["message:send", payload]);

// One unmasked WebSocket text frame carrying the Engine.IO + Socket.IO packet.
function wsFrame(data) {
  const body = Buffer.from(data);
  let header;
  if (body.length < 126) header = Buffer.from([0x81, body.length]);
  else if (body.length < 65536) header = Buffer.from([0x81, 126, body.length >> 8, body.length & 255]);
  else throw new Error("frame too large");
  return Buffer.concat([header, body]);
}
const rawBatch = Buffer.concat(Array(RAW_BATCH).fill(wsFrame("4" + packet)));

function syscw() {
  const io = fs.readFileSync("/proc/self/io", "utf8");
  return Number(/syscw: (\d+)/.exec(io)[1]);
}

const httpServer = http.createServer();
const io = new Server(httpServer, {
  path: "/",
  transports: ["websocket"],
  pingInterval: 600000,
  pingTimeout: 600000,
  maxHttpBufferSize: 1e6,
});

io.on("connection", (socket) => {
  const tcp = socket.conn.transport.socket._socket;
  socket.on("authentication", () => {
    const cpu = process.cpuUsage();
    const writes = syscw();
    socket.emit("authenticated", true);
    let sent = 0;
    const pump = () => {
      while (sent < EVENTS && tcp.writableLength < HIGH_WATER && socket.conn.writeBuffer.length < 1024) {
        if (MODE === "emit") {
          socket.emit("message:send", payload);
          sent += 1;
        } else if (MODE === "packet") {
          socket.conn.write(packet);
          sent += 1;
        } else {
          const n = Math.min(RAW_BATCH, EVENTS - sent);
          tcp.write(n === RAW_BATCH ? rawBatch : rawBatch.subarray(0, (rawBatch.length / RAW_BATCH) * n));
          sent += n;
        }
      }
      if (sent >= EVENTS) return;
      if (tcp.writableLength >= HIGH_WATER) tcp.once("drain", pump);
      else setImmediate(pump);
    };
    pump();
    socket.on("disconnect", () => {
      const used = process.cpuUsage(cpu);
      const cpuUs = (used.user + used.system) / EVENTS;
      const perEvent = (syscw() - writes) / EVENTS;
      const sysUs = used.system / EVENTS;
      console.log(`server cpu_us=${cpuUs.toFixed(2)} sys_us=${sysUs.toFixed(2)} writes=${perEvent.toFixed(3)}`);
      process.exit(0);
    });
  });
});

httpServer.listen(0, "127.0.0.1", () => {
  console.log(httpServer.address().port);
});
