// The load bench/gateway.mjs measures with: autocannon flat out and an open-loop paced GET, each
// over several targets in alternating slices, and event-stream clients. Latencies are kept
// unrounded (autocannon's own percentiles are whole milliseconds).
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { percentile, sleep } from './support.mjs';

/** Milliseconds since the epoch, comparable across processes on one machine. */
export const now = () => performance.timeOrigin + performance.now();

/** CPU seconds (user + system) a process has used, from /proc. */
export function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** p50 and p99 of a list of latencies. */
export const summary = (latencies) => ({ p50: percentile(latencies, 50), p99: percentile(latencies, 99) });

/**
 * Every target loaded flat out by autocannon for `seconds` in all, in `slices` turns taken one
 * target after the other, so a neighbour's burst on a shared machine falls on all of them: req/s,
 * p50/p99, and the CPU µs per request of each target's `pids` and of autocannon (this process).
 */
export async function flatOut(targets, { connections, seconds, slices = 1 }) {
  const totals = targets.map(({ pids = [] }) => ({
    requests: 0,
    latencies: [],
    cpu: pids.map(() => 0),
    client: 0,
  }));
  for (let slice = 0; slice < slices; slice++)
    for (const [i, { url, headers, pids = [] }] of targets.entries()) {
      const cpuBefore = pids.map(cpuSeconds);
      const clientBefore = process.cpuUsage();
      const instance = autocannon({ url, headers, connections, duration: seconds / slices });
      instance.on('response', (_client, status, _bytes, ms) => status < 300 && totals[i].latencies.push(ms));
      const result = await instance;
      if (result.non2xx || result.errors)
        throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      totals[i].requests += result.requests.total;
      pids.forEach((pid, k) => (totals[i].cpu[k] += cpuSeconds(pid) - cpuBefore[k]));
      const client = process.cpuUsage(clientBefore);
      totals[i].client += (client.user + client.system) / 1e6;
    }
  return totals.map(({ requests, latencies, cpu, client }) => ({
    rps: requests / seconds,
    ...summary(latencies),
    cpuUs: cpu.map((s) => (s * 1e6) / requests),
    clientCpuUs: (client * 1e6) / requests,
  }));
}

/**
 * `rate` GETs a second, evenly spaced, each latency counted from when it was due (open loop); the
 * number that failed (non-2xx or a connection error).
 */
async function paceOne(url, headers, agent, rate, seconds, latencies) {
  let failed = 0;
  const one = (due) =>
    new Promise((resolve) => {
      get(url, { headers, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode < 300) latencies.push(performance.now() - due);
          else failed += 1;
          resolve();
        });
      }).on('error', () => {
        failed += 1;
        resolve();
      });
    });
  const pending = [];
  const total = Math.round(rate * seconds);
  const begin = performance.now();
  while (pending.length < total) {
    const due = Math.min(total, ((performance.now() - begin) / 1000) * rate);
    while (pending.length < due) pending.push(one(begin + (pending.length * 1000) / rate));
    await sleep(1);
  }
  await Promise.all(pending);
  return failed;
}

/**
 * Every target at a steady `rate` (not autocannon's `overallRate`, which sends each second's
 * requests in a burst) over up to `connections` keep-alive connections, in alternating slices.
 */
export async function paced(targets, { rate, connections, seconds, slices = 1 }) {
  const agents = targets.map(() => new Agent({ keepAlive: true, maxSockets: connections }));
  const latencies = targets.map(() => []);
  const failed = targets.map(() => 0);
  try {
    for (let slice = 0; slice < slices; slice++)
      for (const [i, { url, headers }] of targets.entries())
        failed[i] += await paceOne(url, headers, agents[i], rate, seconds / slices, latencies[i]);
  } finally {
    for (const agent of agents) agent.destroy();
  }
  return latencies.map((list, i) => ({ ...summary(list), failed: failed[i] }));
}

/**
 * An open event stream whose lines carry `"sent":<ms since the epoch>`: `lines` counts them, and
 * each one's send → receive latency goes to `onLatency`.
 */
export function openStream(url, headers, onLatency = () => {}) {
  return new Promise((resolve, reject) => {
    const request = get(
      url,
      { headers: { accept: 'text/event-stream', ...headers }, agent: false },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`${url}: ${res.statusCode}`));
          return;
        }
        const stream = { lines: 0, close: () => request.destroy() };
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          const at = now();
          buffer += chunk;
          for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
            const sent = /"sent":([\d.]+)/.exec(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
            if (!sent) continue;
            stream.lines += 1;
            onLatency(at - Number(sent[1]));
          }
        });
        res.on('error', () => {});
        resolve(stream);
      },
    );
    request.on('error', reject);
  });
}
