// The event-stream upstream of bench/gateway.mjs, standing in for ci-jobs and orchestrator-runs.
// Every GET /jobs/:id/logs or /runs/:id/events gets one line at once; those whose id starts with
// `steady` also get one every INTERVAL ms. Each line carries its send time in ms since the epoch
// (performance.timeOrigin + performance.now()), taken just before its write. GET /stats counts the
// streams opened and closed; /health and /ready answer 200.
import { createServer } from 'node:http';

const [port, interval] = process.argv.slice(2).map(Number);
const STREAM = /^\/(jobs\/([^/?]+)\/logs|runs\/([^/?]+)\/events)(\?|$)/;
const steady = new Set();
let opened = 0;
let closed = 0;
let seq = 0;

const now = () => performance.timeOrigin + performance.now();
const send = (res) => res.write(`id: ${++seq}\ndata: {"seq":${seq},"sent":${now()}}\n\n`);

const server = createServer((req, res) => {
  const stream = STREAM.exec(req.url);
  if (stream) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    opened += 1;
    const ticking = (stream[2] ?? stream[3]).startsWith('steady');
    if (ticking) steady.add(res);
    req.socket.setNoDelay(true);
    res.once('close', () => {
      closed += 1;
      steady.delete(res);
    });
    send(res);
    return;
  }
  if (req.url === '/stats') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ opened, closed, open: opened - closed }));
    return;
  }
  res.writeHead(req.url === '/health' || req.url === '/ready' ? 200 : 404).end();
});
setInterval(() => {
  for (const res of steady) send(res);
}, interval);
server.listen(port, '127.0.0.1');
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
