import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ensureDatabase, resolvePostgres } from './postgres';
import { probeTcp } from './probe';
import { resolveRedis } from './redis';
import { ensureFirstAdmin } from './first-admin';
import { ensureLocalSecrets, LOCAL_SECRETS, type LocalSecret } from './local-secrets';
import { GATEWAY_PORT, localUrl, SERVICES } from './services';

const write = (line: string) => process.stdout.write(`[slipway] ${line}\n`);

async function waitForHealth(port: number, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = await probeTcp(
      '127.0.0.1',
      port,
      'GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
    );
    if (answer?.startsWith('HTTP/1.1 200')) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

function prefixOutput(child: ChildProcess, name: string): void {
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) process.stdout.write(`[${name}] ${line}\n`);
    });
  }
}

/** `npm start`: finds or starts PostgreSQL and Redis, then runs every built app until interrupted. */
export async function startSuite(root: string): Promise<void> {
  const dataDir = join(root, '.data');
  const postgres = await resolvePostgres(dataDir, write);
  const redis = await resolveRedis(dataDir, write);
  write(`PostgreSQL: ${postgres.source}; Redis: ${redis.source} (${redis.url})`);
  const secrets = await ensureLocalSecrets(dataDir, [
    ...new Set(SERVICES.flatMap((service) => service.localSecrets ?? [])),
  ]);

  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    write('stopping…');
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) =>
            child.exitCode !== null
              ? resolve()
              : (child.once('exit', () => resolve()), child.kill('SIGTERM')),
          ),
      ),
    );
    await redis.stop();
    await postgres.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  for (const service of SERVICES) {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      [service.portVariable]: String(service.port),
      REDIS_URL: redis.url,
      // The services write to our pipe, not the terminal: they are told what a person is looking at.
      LOG_FORMAT: process.env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'),
    };
    if (service.database)
      env.DATABASE_URL = process.env.DATABASE_URL ?? (await ensureDatabase(postgres.url, service.database));
    for (const [variable, path] of Object.entries(service.directories ?? {}))
      env[variable] = process.env[variable] || join(root, path);
    for (const [variable, upstream] of Object.entries(service.upstreams ?? {}))
      env[variable] = process.env[variable] || localUrl(upstream);
    for (const secret of secrets)
      if (service.localSecrets?.includes(secret.variable)) env[secret.variable] = secret.value;
    for (const [variable, value] of Object.entries(service.localDefaults ?? {}))
      env[variable] = process.env[variable] ?? value;
    const child = spawn(process.execPath, [join(root, service.main)], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    prefixOutput(child, service.name);
    child.once('exit', (code) => {
      if (!stopping) {
        write(`${service.name} exited with code ${code}; stopping the suite`);
        void stop(1);
      }
    });
    children.push(child);
    if (!(await waitForHealth(service.port))) {
      write(`${service.name} did not become healthy on port ${service.port}`);
      return stop(1);
    }
    write(
      `${service.name} ready: http://127.0.0.1:${service.port} — docs http://127.0.0.1:${service.port}/docs`,
    );
  }
  const gateway = `http://127.0.0.1:${GATEWAY_PORT}`;
  const serviceToken = process.env.SERVICE_TOKEN ?? 'slipway-local-service-token';
  const dataApiPort = SERVICES.find((service) => service.name === 'data-api')?.port;
  const admin = await ensureFirstAdmin(`http://127.0.0.1:${dataApiPort}`, serviceToken, dataDir);
  write(`Slipway is up at ${gateway} — the web console there, API docs at ${gateway}/docs; Ctrl-C stops it`);
  if (admin.created) {
    write(`first start: created an admin and its API key (shown once; also in ${admin.file}):`);
    write(`  ${admin.key}`);
  }
  if (admin.file)
    write(
      `log in: open ${gateway} and paste the key from ${admin.file}, or curl -H "Authorization: Bearer $(cat ${admin.file})" ${gateway}/auth/me`,
    );
  else
    write(
      `log in at ${gateway} with an API key of yours (or Authorization: Bearer slw_…); admins create keys on the console's Admin page`,
    );
  for (const secret of secrets) describeSecret(secret);
  const rootKey = secrets.find((secret) => secret.variable === 'COST_ROOT_API_KEY');
  if (rootKey)
    write(
      `cost-api admin: curl -X POST -H "X-API-Key: ${rootKey.source === 'file' ? `$(cat ${rootKey.file})` : '$COST_ROOT_API_KEY'}" ${localUrl('cost-api')}/api/v1/admin/bootstrap`,
    );
}

/** Where a local secret is: the environment's, or a file under .data/ (made now or earlier). */
function describeSecret(secret: LocalSecret): void {
  const { what } = LOCAL_SECRETS[secret.variable];
  if (secret.source === 'environment') write(`${secret.variable} from the environment: ${what}`);
  else
    write(`${secret.variable} ${secret.created ? 'made now, in' : 'in'} ${secret.file} (mode 0600): ${what}`);
}
