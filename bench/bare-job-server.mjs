// The baseline for GET /jobs/:id: a bare node:http + ioredis HGETALL of the same hash.
import { createServer } from 'node:http';
import { Redis } from 'ioredis';

const [redisUrl, prefix, port] = process.argv.slice(2);
const redis = new Redis(redisUrl);
const server = createServer(async (req, res) => {
  const id = req.url.slice('/jobs/'.length);
  const job = await redis.hgetall(`${prefix}job:${id}`);
  const body = JSON.stringify(job);
  res.writeHead(Object.keys(job).length ? 200 : 404, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
});
server.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => redis.quit().then(() => process.exit(0))));
