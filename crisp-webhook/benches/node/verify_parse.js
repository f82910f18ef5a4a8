// The official Crisp node client's side of the web-hook side-by-side (side_by_side.sh):
// `JSON.parse` of the raw body, then `verifyWidget` (the same HMAC-SHA256 check as
// `verifyHook`, which needs a bound loopback), on the bodies the Rust bench dumps
// (VERIFY_DUMP). Best of 15 rounds x 20,000, like the Rust bench; prints
// `node <label> <deliveries per second>`. crisp-api comes from tests/node/node_modules
// (NODE_PATH).
"use strict";

const fs = require("fs");
const path = require("path");
const { Crisp } = require("crisp-api");

const dir = process.argv[2];
const client = new Crisp();
const iterations = 20000;

for (const label of ["typical", "rich"]) {
  const body = fs.readFileSync(path.join(dir, `${label}.json`), "utf8");
  const signature = fs.readFileSync(path.join(dir, `${label}.sig`), "utf8").trim();
  const timestamp = 1700000000000;
  if (!client.verifyWidget("plugin-signing-secret", JSON.parse(body), timestamp, signature)) {
    console.error(`${label}: the node client does not verify the Rust signature`);
    process.exit(1);
  }
  let best = Infinity;
  let sink = 0;
  for (let round = 0; round < 15; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) {
      const parsed = JSON.parse(body);
      if (client.verifyWidget("plugin-signing-secret", parsed, timestamp, signature)) sink += 1;
    }
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  if (sink !== 15 * iterations) process.exit(1);
  console.log(`node ${label} ${(iterations / best).toFixed(0)}`);
}
