// The official Crisp node client (crisp-api, from ../../../tests/node/node_modules via
// NODE_PATH) in the realtime side-by-side benchmark (side_by_side.sh): binds `message:send`
// on the socket.io server at E2E_URL, counts E2E_EVENTS events (the first starts the clock),
// and prints `result events_per_s=… cpu_us=… rss_mb=…` as the Rust bench does.
"use strict";

const { Crisp } = require("crisp-api");

const EVENTS = Number(process.env.E2E_EVENTS || 300000);
const url = process.env.E2E_URL;
if (!url) {
  console.error("client.js: E2E_URL is not set");
  process.exit(2);
}

const client = new Crisp();
client.setRtmHost(url);
client.authenticateTier("plugin", "bench", "bench");

let seen = 0;
let started;
let cpu;
client.on("message:send", () => {
  seen += 1;
  if (seen === 1) {
    started = process.hrtime.bigint();
    cpu = process.cpuUsage();
    return;
  }
  if (seen === EVENTS) {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const used = process.cpuUsage(cpu);
    const counted = EVENTS - 1;
    const rate = counted / seconds;
    const cpuUs = (used.user + used.system) / counted;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    console.log(`result events_per_s=${rate.toFixed(0)} cpu_us=${cpuUs.toFixed(2)} rss_mb=${rssMb.toFixed(1)}`);
    process.exit(0);
  }
});
