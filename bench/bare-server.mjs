// The baseline: a bare node:http + pg server answering the same queries as data-api, nothing else.
import { createServer } from 'node:http';
import pg from 'pg';

const [url, port] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 10 });

const send = (res, status, body) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
};

const server = createServer(async (req, res) => {
  try {
    const { pathname, searchParams } = new URL(req.url, 'http://x');
    if (req.method === 'GET' && pathname.startsWith('/api/projects/')) {
      const { rows } = await pool.query('SELECT * FROM projects WHERE id = $1 AND deleted_at IS NULL', [
        pathname.slice(14),
      ]);
      return rows[0] ? send(res, 200, rows[0]) : send(res, 404, { status: 404 });
    }
    if (req.method === 'GET' && pathname === '/api/projects') {
      const { rows } = await pool.query(
        'SELECT * FROM projects WHERE deleted_at IS NULL AND status = ANY($1) ORDER BY created_at DESC, id DESC LIMIT 21',
        [searchParams.get('status').split(',')],
      );
      return send(res, 200, { items: rows.slice(0, 20), next_cursor: null });
    }
    if (req.method === 'POST' && pathname === '/api/projects') {
      let raw = '';
      for await (const chunk of req) raw += chunk;
      const body = JSON.parse(raw);
      const { rows } = await pool.query(
        'INSERT INTO projects (name, modules, owner_id) VALUES ($1, $2, $3) RETURNING *',
        [body.name, body.modules, body.owner_id],
      );
      return send(res, 201, rows[0]);
    }
    send(res, 404, { status: 404 });
  } catch (error) {
    send(res, 500, { error: String(error) });
  }
});
server.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
