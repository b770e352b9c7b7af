// The baseline for a cached cost answer: a bare node:http + ioredis GET of the same body.
import { createServer } from 'node:http';
import { Redis } from 'ioredis';

const [redisUrl, prefix, port] = process.argv.slice(2);
const redis = new Redis(redisUrl);
const server = createServer(async (req, res) => {
  const body = req.url === '/health' ? '{}' : await redis.get(`${prefix}bare:${req.url.slice(1)}`);
  res.writeHead(body === null ? 404 : 200, {
    'content-type': 'application/json',
    'content-length': body === null ? 0 : Buffer.byteLength(body),
  });
  res.end(body ?? '');
});
server.listen(Number(port), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => redis.quit().then(() => process.exit(0))));
