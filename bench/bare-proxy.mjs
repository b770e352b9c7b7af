// The least a proxy can do, for bench:gateway's baseline: node:http in front of one upstream, each
// request forwarded over an undici keep-alive pool with fixed identity headers, the answer piped
// back. No authentication, limits, metrics or logging.
import { createServer } from 'node:http';
import { Pool } from 'undici';

const [port, upstream, headersJson] = process.argv.slice(2);
const identity = JSON.parse(headersJson);
const pool = new Pool(upstream, { connections: 128, pipelining: 1 });

createServer((request, response) => {
  if (request.url === '/ready') return response.end('ok');
  const headers = { ...request.headers, ...identity, host: new URL(upstream).host };
  delete headers.connection;
  pool.request({ method: request.method, path: request.url, headers, body: request }, (error, answer) => {
    if (error) {
      response.writeHead(502).end();
      return;
    }
    delete answer.headers['transfer-encoding'];
    response.writeHead(answer.statusCode, answer.headers);
    answer.body.pipe(response);
  });
}).listen(Number(port), '127.0.0.1');
