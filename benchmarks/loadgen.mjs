// Load generator of `make bench` (benchmark 4): autocannon, driven from benchmarks/throughput.py.
//
//   node benchmarks/loadgen.mjs '<json config>'
//
// config: {url, method, headers, connections, duration, warmup, batch: null | {size, prefix, carrier}}
// With `batch`, every request body is a fresh list of `size` trackings whose numbers no request
// used before (prefix + request counter + item index), so a stateful server really creates them.
// Prints one JSON line: requests, duration, rps, latency p50/p90/p99/max (ms), errors, non2xx.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, ".prism", "package.json"));
const autocannon = require("autocannon");

const config = JSON.parse(process.argv[2]);

function run(opts) {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

let counter = 0;
function request() {
  const base = { method: config.method, headers: config.headers };
  if (!config.batch) return base;
  const { size, prefix, carrier } = config.batch;
  return {
    ...base,
    setupRequest: (req) => {
      const n = (counter++).toString().padStart(8, "0");
      const items = [];
      for (let i = 0; i < size; i++) {
        items.push({ tracking_number: `${prefix}${n}${i.toString().padStart(2, "0")}`, carrier_code: carrier });
      }
      return { ...req, body: JSON.stringify(items) };
    },
  };
}

const common = { url: config.url, connections: config.connections, requests: [request()], timeout: 30 };
if (config.warmup > 0) await run({ ...common, duration: config.warmup });
const r = await run({ ...common, duration: config.duration });
const seconds = r.duration; // measured wall time of the run (s)
process.stdout.write(
  JSON.stringify({
    requests: r.requests.total,
    duration: seconds,
    rps: r.requests.total / seconds,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    batch_requests_sent: counter,
  }) + "\n",
);
