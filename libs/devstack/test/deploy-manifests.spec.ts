/**
 * Validates the deployment artifacts of data-api, ci-jobs and ci-runner, orchestrator-runs and
 * agent-worker, cost-api and cost-worker, and the gateway in front of them: the kustomize base and overlays under
 * k8s/ (built here by a small kustomize subset, then checked against the Kubernetes schemas, a shape
 * check of KEDA's ScaledObject, and our shipping rules), docker-compose.yml and the Dockerfiles of
 * apps/data-api, apps/ci-jobs, apps/orchestrator-runs, apps/cost-api and apps/gateway.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { ConfigMap, type IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import {
  PersistentVolumeClaim,
  type IPersistentVolumeClaim,
} from 'kubernetes-models/v1/PersistentVolumeClaim';
import { ServiceAccount, type IServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { Secret, type ISecret } from 'kubernetes-models/v1/Secret';
import { Service, type IService } from 'kubernetes-models/v1/Service';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { Deployment, type IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { Job, type IJob } from 'kubernetes-models/batch/v1/Job';
import {
  HorizontalPodAutoscaler,
  type IHorizontalPodAutoscaler,
} from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { NetworkPolicy, type INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { Ingress, type IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { Role, type IRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/Role';
import { RoleBinding, type IRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';

const ROOT = resolve(__dirname, '../../..');
const NAMESPACE = 'slipway';
const DATA_API_IMAGE = 'slipway/data-api';
const DATA_API_CALLERS = [
  'gateway',
  'orchestrator-runs',
  'agent-worker',
  'ci-jobs',
  'ci-runner',
  'cost-api',
  'cost-worker',
];
const DATA_API_REQUIRED_ENV = [
  'DATABASE_URL',
  'PORT',
  'LOG_LEVEL',
  'SERVICE_TOKEN',
  'MIGRATIONS_RUN',
  'DB_POOL_SIZE',
  'DB_STATEMENT_TIMEOUT_MS',
];
const DATA_API_ENV = [...DATA_API_REQUIRED_ENV, 'BOOTSTRAP_ADMIN_TELEGRAM_ID', 'AUTH_CACHE_TTL_MS'];

/** One image, two processes: the ci-jobs API (`node main.js`) and the ci-runner worker (`node runner.js`). */
const CI_IMAGE = 'slipway/ci-jobs';
const CI_JOBS_PORT = 3003;
const CI_RUNNER_PORT = 9102;
/** `node dist/apps/ci-jobs/{main,runner}.js config-specs`, shared part. */
const CI_SHARED_ENV = [
  'HOST',
  'LOG_LEVEL',
  'BODY_LIMIT_BYTES',
  'SHUTDOWN_DRAIN_MS',
  'SHUTDOWN_GRACE_MS',
  'REDIS_URL',
  'REDIS_PREFIX',
  'SERVICE_TOKEN',
  'DATA_API_URL',
  // cost-api, for the admission of an organization's jobs.
  'COST_API_URL',
  'GITEA_URL',
  'GITEA_TOKEN',
  'GITHUB_API_URL',
  'GITHUB_TOKEN',
  'PORT',
  // Not read by the apps: KEDA's redis-streams trigger reads them from ci-runner's environment
  // (addressFromEnv, passwordFromEnv); they live in the Secret both Deployments share.
  'REDIS_ADDRESS',
  'REDIS_PASSWORD',
];
const CI_JOBS_ENV = [
  ...CI_SHARED_ENV,
  'GITEA_WEBHOOK_SECRET',
  'GITHUB_WEBHOOK_SECRET',
  'WEBHOOK_DEDUPE_SECONDS',
];
/** The runner's own settings. */
const CI_RUNNER_ENV = [
  ...CI_SHARED_ENV,
  'RUNNER_CONCURRENCY',
  'RUNNER_WORKDIR',
  'RUNNER_MAX_ATTEMPTS',
  'RUNNER_VISIBILITY_TIMEOUT_MS',
  'RUNNER_HEARTBEAT_MS',
  'RUNNER_KILL_GRACE_MS',
  'RUNNER_GIT_TIMEOUT_MS',
];
/** Values that must come from a Secret, never from a ConfigMap or a literal. */
const CI_SENSITIVE_ENV = [
  'REDIS_URL',
  'REDIS_PASSWORD',
  'SERVICE_TOKEN',
  'GITEA_TOKEN',
  'GITHUB_TOKEN',
  'GITEA_WEBHOOK_SECRET',
  'GITHUB_WEBHOOK_SECRET',
];
/** Defaults of the shutdown settings (config-specs), used when the manifests leave them unset. */
const SHUTDOWN_DEFAULTS = {
  SHUTDOWN_DRAIN_MS: 1000,
  SHUTDOWN_GRACE_MS: 10_000,
  RUNNER_KILL_GRACE_MS: 10_000,
};
const CI_STREAM = 'ci.jobs';
const CI_CONSUMER_GROUP = 'ci-runners';

/** One image, two processes: the orchestrator-runs API (`node main.js`) and the agent-worker (`node worker.js`). */
const RUNS_IMAGE = 'slipway/orchestrator-runs';
const ORCHESTRATOR_PORT = 3002;
const AGENT_WORKER_PORT = 9101;
/** `node dist/apps/orchestrator-runs/{main,worker}.js config-specs`, shared part. */
const RUNS_SHARED_ENV = [
  'HOST',
  'LOG_LEVEL',
  'BODY_LIMIT_BYTES',
  'SHUTDOWN_DRAIN_MS',
  'SHUTDOWN_GRACE_MS',
  'REDIS_URL',
  'REDIS_PREFIX',
  'SERVICE_TOKEN',
  'DATA_API_URL',
  // cost-api: the admission of an organization's runs, and its provider credential for the worker.
  'COST_API_URL',
  'ARTIFACTS_DIR',
  'PROFILES_DIR',
  'PHASE_MAX_ATTEMPTS',
  'DISPATCH_TIMEOUT_MS',
  'LLM_PROVIDER',
  'LLM_MODEL',
  'PORT',
  // Not read by the apps: KEDA's redis-streams trigger reads them from agent-worker's environment.
  'REDIS_ADDRESS',
  'REDIS_PASSWORD',
];
const ORCHESTRATOR_ENV = [
  ...RUNS_SHARED_ENV,
  'NEXT_WAIT_MS',
  'RATE_LIMIT_CREATE_PER_MINUTE',
  'RATE_LIMIT_ADVANCE_PER_MINUTE',
  'ENGINEERING_PROFILE',
  'SSE_PING_MS',
  'PROJECTION_HISTORY_RUNS',
];
const AGENT_WORKER_ENV = [
  ...RUNS_SHARED_ENV,
  'WORKER_CONCURRENCY',
  'LEASE_MS',
  'HEARTBEAT_MS',
  'REAPER_INTERVAL_MS',
  'VISIBILITY_TIMEOUT_MS',
  'LLM_BASE_URL',
  'LLM_API_KEY',
  'LLM_TIMEOUT_MS',
  'LLM_MAX_ATTEMPTS',
  'LLM_MAX_INPUT_TOKENS',
  'LLM_MAX_OUTPUT_TOKENS',
];
const RUNS_SENSITIVE_ENV = ['REDIS_URL', 'REDIS_PASSWORD', 'SERVICE_TOKEN', 'LLM_API_KEY'];
const RUNS_STREAM = 'runs.phase-requests';
const RUNS_CONSUMER_GROUP = 'agent-workers';
/** Where the image puts the profiles (webpack does not bundle them) and the artifacts volume. */
const IMAGE_PROFILES_DIR = '/app/profiles';
const IMAGE_ARTIFACTS_DIR = '/data/runs';
/** Who may call orchestrator-runs: the gateway, and cost-api's pipelines proxy. */
const ORCHESTRATOR_CALLERS = ['gateway', 'cost-api'];

/** cost-api: organizations, prices, quotas and pipeline admission, behind the gateway. */
const COST_API_IMAGE = 'slipway/cost-api';
const COST_API_PORT = 3004;
/** `node dist/apps/cost-api/main.js config-specs`, and the credentials key its integrations read. */
const COST_API_ENV = [
  'HOST',
  'LOG_LEVEL',
  'BODY_LIMIT_BYTES',
  'SHUTDOWN_DRAIN_MS',
  'SHUTDOWN_GRACE_MS',
  'PORT',
  'SERVICE_TOKEN',
  'REDIS_URL',
  'REDIS_PREFIX',
  'DATA_API_URL',
  'ORCHESTRATOR_URL',
  'COST_ROOT_API_KEY',
  'CREDENTIALS_ENCRYPTION_KEY',
  'ORG_CACHE_TTL_MS',
];
/** What every deployment of cost-api sets: its port, its peers, and the secrets it cannot run without. */
const COST_API_REQUIRED_ENV = [
  'PORT',
  'LOG_LEVEL',
  'SERVICE_TOKEN',
  'REDIS_URL',
  'DATA_API_URL',
  'ORCHESTRATOR_URL',
  'COST_ROOT_API_KEY',
  'CREDENTIALS_ENCRYPTION_KEY',
];
const COST_API_SECRETS = ['COST_ROOT_API_KEY', 'CREDENTIALS_ENCRYPTION_KEY', 'REDIS_URL', 'SERVICE_TOKEN'];
/** Who may call cost-api: the gateway, and the services whose pipelines it admits (or whose worker it equips). */
const COST_API_CALLERS = ['gateway', 'orchestrator-runs', 'agent-worker', 'ci-jobs', 'ci-runner'];
/** The processes that are told where cost-api is. */
const COST_API_CLIENTS = ['gateway', 'orchestrator-runs', 'agent-worker', 'ci-jobs', 'ci-runner'];

/** cost-api's image runs the cost-worker too (`node worker.js`): spend ledger writes and schedules. */
const COST_WORKER_PORT = 9103;
/** `node dist/apps/cost-api/worker.js config-specs`, and what the notifications it delivers read. */
const COST_WORKER_ENV = [
  'HOST',
  'LOG_LEVEL',
  'BODY_LIMIT_BYTES',
  'SHUTDOWN_DRAIN_MS',
  'SHUTDOWN_GRACE_MS',
  'PORT',
  'SERVICE_TOKEN',
  'REDIS_URL',
  'REDIS_PREFIX',
  'DATA_API_URL',
  'ORG_CACHE_TTL_MS',
  'ADMISSION_LEASE_MS',
  'INGEST_BATCH_SIZE',
  'INGEST_LINGER_MS',
  'INGEST_VISIBILITY_TIMEOUT_MS',
  'PRICE_CACHE_TTL_MS',
  'CI_RATES_USD_PER_MINUTE',
  'QUOTA_RESET_CHECK_MS',
  'AMORTIZATION_INTERVAL_MS',
  'RESERVATION_SWEEP_MS',
  'CREDENTIALS_ENCRYPTION_KEY',
  'SMTP_URL',
  'SMTP_FROM',
  // Not read by the app: KEDA's redis-streams trigger reads them from cost-worker's environment.
  'REDIS_ADDRESS',
  'REDIS_PASSWORD',
];
const COST_WORKER_REQUIRED_ENV = ['PORT', 'LOG_LEVEL', 'SERVICE_TOKEN', 'REDIS_URL', 'DATA_API_URL'];
const COST_WORKER_SECRETS = [
  'CREDENTIALS_ENCRYPTION_KEY',
  'REDIS_ADDRESS',
  'REDIS_PASSWORD',
  'REDIS_URL',
  'SERVICE_TOKEN',
];
const COST_STREAM = 'cost.usage';
const COST_CONSUMER_GROUP = 'cost-worker';

/** The gateway: the only entry from outside, in compose and in Kubernetes. */
const GATEWAY_IMAGE = 'slipway/gateway';
const GATEWAY_PORT = 3000;
const GATEWAY_ENV = [
  'PORT',
  'LOG_LEVEL',
  'SERVICE_TOKEN',
  'REDIS_URL',
  'DATA_API_URL',
  'ORCHESTRATOR_URL',
  'CI_JOBS_URL',
  'COST_API_URL',
  'AUTH_CACHE_TTL_MS',
  'SESSION_COOKIE_SECURE',
  'CORS_ORIGINS',
  'PUBLIC_URL',
];
const GATEWAY_SENSITIVE_ENV = ['REDIS_URL', 'SERVICE_TOKEN', 'OIDC_CLIENT_SECRET'];
/** Behind the ingress controller, the one proxy whose X-Forwarded-For the gateway believes. */
const GATEWAY_K8S_ENV = [...GATEWAY_ENV, 'TRUST_PROXY_HOPS'];
/** Where the ingress controller runs: the only namespace whose pods may open a connection to the gateway. */
const INGRESS_NAMESPACE = 'ingress-nginx';
/** ingress-nginx neither buffers the gateway's SSE streams nor cuts them at its 60 s default. */
const SSE_ANNOTATIONS = {
  'nginx.ingress.kubernetes.io/proxy-buffering': 'off',
  'nginx.ingress.kubernetes.io/proxy-read-timeout': '3600',
  'nginx.ingress.kubernetes.io/proxy-send-timeout': '3600',
};
/** Pod names a policy is tried against: every process of the suite, and some that are not in it. */
const POD_NAMES = [
  'gateway',
  'data-api',
  'orchestrator-runs',
  'agent-worker',
  'ci-jobs',
  'ci-runner',
  'cost-api',
  'cost-worker',
  'frontend',
  'prometheus',
];

// ---------------------------------------------------------------------------------------------
// JSON values read from YAML

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}

function toJson(value: unknown, where: string): Json {
  if (
    value === null ||
    typeof value === 'boolean' ||
    typeof value === 'number' ||
    typeof value === 'string'
  ) {
    return value;
  }
  if (Array.isArray(value)) return value.map((item, i) => toJson(item, `${where}[${i}]`));
  if (typeof value === 'object') {
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(value)) out[key] = toJson(item, `${where}.${key}`);
    return out;
  }
  throw new Error(`${where}: ${typeof value} is not a JSON value`);
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asObject(value: Json | undefined, where: string): JsonObject {
  if (!isObject(value)) throw new Error(`${where}: expected a mapping`);
  return value;
}

function asList(value: Json | undefined, where: string): Json[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`${where}: expected a list`);
  return value;
}

function asString(value: Json | undefined, where: string): string {
  if (typeof value !== 'string') throw new Error(`${where}: expected a string`);
  return value;
}

function optionalString(value: Json | undefined, where: string): string | undefined {
  return value === undefined ? undefined : asString(value, where);
}

function readYaml(path: string): Json {
  return toJson(parse(readFileSync(path, 'utf8')), path);
}

function defined<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// A kustomize subset: resources (files and directories), namespace, patches (JSON 6902 lists and
// strategic merge), replicas, images. Any other kustomization field fails the build.

interface ImageOverride {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

interface PatchSpec {
  target?: { kind: string; name: string };
  body: Json;
  where: string;
}

interface Kustomization {
  namespace?: string;
  resources: string[];
  replicas: { name: string; count: number }[];
  images: ImageOverride[];
  patches: PatchSpec[];
}

const KUSTOMIZATION_FIELDS = new Set([
  'apiVersion',
  'kind',
  'namespace',
  'resources',
  'replicas',
  'images',
  'patches',
]);
const PATCH_FIELDS = new Set(['target', 'patch', 'path']);
const TARGET_FIELDS = new Set(['kind', 'name']);
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'PersistentVolume',
  'StorageClass',
]);
const REPLICATED_KINDS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet']);

function rejectUnknownFields(obj: JsonObject, allowed: Set<string>, where: string): void {
  const unknown = Object.keys(obj).filter((key) => !allowed.has(key));
  if (unknown.length > 0) throw new Error(`${where}: unsupported field(s) ${unknown.join(', ')}`);
}

function readKustomization(dir: string): Kustomization {
  const where = join(dir, 'kustomization.yaml');
  const doc = asObject(readYaml(where), where);
  rejectUnknownFields(doc, KUSTOMIZATION_FIELDS, where);
  if (doc.apiVersion !== 'kustomize.config.k8s.io/v1beta1' || doc.kind !== 'Kustomization') {
    throw new Error(`${where}: not a kustomize.config.k8s.io/v1beta1 Kustomization`);
  }
  return {
    namespace: optionalString(doc.namespace, `${where} namespace`),
    resources: asList(doc.resources, `${where} resources`).map((r) => asString(r, `${where} resources`)),
    replicas: asList(doc.replicas, `${where} replicas`).map((r) => {
      const entry = asObject(r, `${where} replicas`);
      const count = entry.count;
      if (typeof count !== 'number' || !Number.isInteger(count)) throw new Error(`${where}: replicas count`);
      return { name: asString(entry.name, `${where} replicas name`), count };
    }),
    images: asList(doc.images, `${where} images`).map((i) => {
      const entry = asObject(i, `${where} images`);
      return {
        name: asString(entry.name, `${where} images name`),
        newName: optionalString(entry.newName, `${where} images newName`),
        newTag: optionalString(entry.newTag, `${where} images newTag`),
        digest: optionalString(entry.digest, `${where} images digest`),
      };
    }),
    patches: asList(doc.patches, `${where} patches`).map((p, i) =>
      readPatch(dir, asObject(p, `${where} patches`), `${where} patches[${i}]`),
    ),
  };
}

function readPatch(dir: string, entry: JsonObject, where: string): PatchSpec {
  rejectUnknownFields(entry, PATCH_FIELDS, where);
  const inline = optionalString(entry.patch, `${where} patch`);
  const path = optionalString(entry.path, `${where} path`);
  if ((inline === undefined) === (path === undefined))
    throw new Error(`${where}: needs exactly one of patch, path`);
  const body =
    inline !== undefined ? toJson(parse(inline), where) : readYaml(join(dir, defined(path, 'path')));
  if (entry.target === undefined) return { body, where };
  const target = asObject(entry.target, `${where} target`);
  rejectUnknownFields(target, TARGET_FIELDS, `${where} target`);
  return {
    target: {
      kind: asString(target.kind, `${where} target kind`),
      name: asString(target.name, `${where} target name`),
    },
    body,
    where,
  };
}

function nameOf(obj: JsonObject): string {
  return asString(asObject(obj.metadata, 'metadata').name, 'metadata.name');
}

function idOf(obj: JsonObject): string {
  const namespace = asObject(obj.metadata, 'metadata').namespace;
  return `${String(obj.kind)}/${typeof namespace === 'string' ? namespace : '~'}/${nameOf(obj)}`;
}

function loadResource(dir: string, entry: string): JsonObject[] {
  const path = resolve(dir, entry);
  if (statSync(path).isDirectory()) return buildKustomization(path);
  const objects: JsonObject[] = [];
  for (const doc of parseAllDocuments(readFileSync(path, 'utf8'))) {
    if (doc.errors.length > 0) throw new Error(`${path}: ${doc.errors[0].message}`);
    const value = toJson(doc.toJS(), path);
    if (value === null) continue;
    const obj = asObject(value, path);
    asString(obj.apiVersion, `${path} apiVersion`);
    asString(obj.kind, `${path} kind`);
    nameOf(obj);
    objects.push(obj);
  }
  return objects;
}

function buildKustomization(dir: string): JsonObject[] {
  const k = readKustomization(dir);
  let objects = k.resources.flatMap((entry) => loadResource(dir, entry));
  const seen = new Set<string>();
  for (const obj of objects) {
    const id = idOf(obj);
    if (seen.has(id)) throw new Error(`${dir}: duplicate resource ${id}`);
    seen.add(id);
  }
  for (const patch of k.patches) objects = applyPatch(objects, patch);
  if (k.namespace !== undefined) {
    for (const obj of objects) {
      if (!CLUSTER_SCOPED.has(String(obj.kind))) asObject(obj.metadata, 'metadata').namespace = k.namespace;
    }
  }
  for (const { name, count } of k.replicas) {
    const targets = objects.filter((o) => REPLICATED_KINDS.has(String(o.kind)) && nameOf(o) === name);
    if (targets.length === 0) throw new Error(`${dir}: replicas names no workload ${name}`);
    for (const obj of targets) asObject(obj.spec, `${name} spec`).replicas = count;
  }
  for (const image of k.images) {
    let matched = 0;
    for (const obj of objects) matched += overrideImages(obj, image);
    if (matched === 0) throw new Error(`${dir}: images entry ${image.name} matches no container`);
  }
  return objects;
}

function applyPatch(objects: JsonObject[], patch: PatchSpec): JsonObject[] {
  const isJson6902 = Array.isArray(patch.body);
  const target =
    patch.target ??
    (isObject(patch.body)
      ? { kind: asString(patch.body.kind, `${patch.where} kind`), name: nameOf(patch.body) }
      : undefined);
  if (target === undefined) throw new Error(`${patch.where}: a JSON 6902 patch needs a target`);
  let matched = 0;
  const result = objects.map((obj) => {
    if (obj.kind !== target.kind || nameOf(obj) !== target.name) return obj;
    matched += 1;
    if (!isJson6902) return strategicMerge(obj, asObject(patch.body, patch.where));
    const copy = structuredClone(obj);
    for (const op of asList(patch.body, patch.where)) applyOperation(copy, asObject(op, patch.where));
    return copy;
  });
  if (matched === 0) throw new Error(`${patch.where}: target ${target.kind}/${target.name} matches nothing`);
  return result;
}

function parsePointer(pointer: string): string[] {
  if (!pointer.startsWith('/')) throw new Error(`JSON pointer ${pointer} must start with /`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function childOf(node: Json, token: string, pointer: string): Json {
  const child = Array.isArray(node) ? node[Number(token)] : isObject(node) ? node[token] : undefined;
  if (child === undefined) throw new Error(`JSON pointer ${pointer}: ${token} does not exist`);
  return child;
}

function applyOperation(doc: JsonObject, op: JsonObject): void {
  const kind = asString(op.op, 'op');
  const pointer = asString(op.path, 'path');
  const tokens = parsePointer(pointer);
  const last = defined(tokens.pop(), `last token of ${pointer}`);
  const parent = tokens.reduce<Json>((node, token) => childOf(node, token, pointer), doc);
  if (kind !== 'remove' && op.value === undefined) throw new Error(`${kind} ${pointer} has no value`);
  const value = op.value ?? null;
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length)
      throw new Error(`${pointer}: bad index`);
    if (kind === 'add') parent.splice(index, 0, value);
    else if (kind === 'replace' && index < parent.length) parent[index] = value;
    else if (kind === 'remove' && index < parent.length) parent.splice(index, 1);
    else throw new Error(`${kind} ${pointer}: unsupported or missing element`);
    return;
  }
  const object = asObject(parent, pointer);
  if (kind === 'add') object[last] = value;
  else if (kind === 'replace' && last in object) object[last] = value;
  else if (kind === 'remove' && last in object) delete object[last];
  else throw new Error(`${kind} ${pointer}: unsupported or missing member`);
}

const MERGE_KEYS = new Map([
  ['containers', 'name'],
  ['initContainers', 'name'],
  ['env', 'name'],
  ['volumes', 'name'],
  ['volumeMounts', 'mountPath'],
]);

function strategicMerge(base: JsonObject, patch: JsonObject): JsonObject {
  const out: JsonObject = structuredClone(base);
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    const mergeKey = MERGE_KEYS.get(key);
    if (value === null) delete out[key];
    else if (isObject(value) && isObject(current)) out[key] = strategicMerge(current, value);
    else if (Array.isArray(value) && Array.isArray(current) && mergeKey !== undefined) {
      out[key] = mergeList(current, value, mergeKey);
    } else out[key] = structuredClone(value);
  }
  return out;
}

function mergeList(base: Json[], patch: Json[], mergeKey: string): Json[] {
  const out = base.map((item) => asObject(item, `list merged on ${mergeKey}`));
  for (const item of patch) {
    const entry = asObject(item, `patch list merged on ${mergeKey}`);
    const key = defined(entry[mergeKey], `${mergeKey} of a patch list item`);
    const index = out.findIndex((existing) => existing[mergeKey] === key);
    if (index >= 0) out[index] = strategicMerge(out[index], entry);
    else out.push(entry);
  }
  return out;
}

interface ImageRef {
  name: string;
  tag?: string;
  digest?: string;
}

function splitImage(ref: string): ImageRef {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const rest = at >= 0 ? ref.slice(0, at) : ref;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/'))
    return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { name: rest, digest };
}

function forEachContainer(node: Json, visit: (container: JsonObject) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) forEachContainer(item, visit);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(value)) {
      for (const container of value) visit(asObject(container, key));
    } else forEachContainer(value, visit);
  }
}

function overrideImages(obj: JsonObject, override: ImageOverride): number {
  let matched = 0;
  forEachContainer(obj, (container) => {
    if (typeof container.image !== 'string') return;
    const ref = splitImage(container.image);
    if (ref.name !== override.name) return;
    matched += 1;
    const name = override.newName ?? ref.name;
    if (override.digest !== undefined) container.image = `${name}@${override.digest}`;
    else if (override.newTag !== undefined) container.image = `${name}:${override.newTag}`;
    else
      container.image = `${name}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
  });
  return matched;
}

// ---------------------------------------------------------------------------------------------
// KEDA's ScaledObject (keda.sh/v1alpha1): not in kubernetes-models, so its shape is checked here

interface IScaledObject {
  apiVersion: 'keda.sh/v1alpha1';
  kind: 'ScaledObject';
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec: {
    scaleTargetRef: { apiVersion?: string; kind?: string; name: string; envSourceContainerName?: string };
    minReplicaCount?: number;
    maxReplicaCount?: number;
    pollingInterval?: number;
    cooldownPeriod?: number;
    triggers: {
      type: string;
      name?: string;
      metadata: Record<string, string>;
      authenticationRef?: { name: string };
    }[];
  };
}

const SCALED_OBJECT_SPEC_FIELDS = new Set([
  'scaleTargetRef',
  'minReplicaCount',
  'maxReplicaCount',
  'idleReplicaCount',
  'pollingInterval',
  'cooldownPeriod',
  'initialCooldownPeriod',
  'triggers',
  'fallback',
  'advanced',
]);
const SCALE_TARGET_FIELDS = new Set(['apiVersion', 'kind', 'name', 'envSourceContainerName']);
const TRIGGER_FIELDS = new Set([
  'type',
  'name',
  'metadata',
  'authenticationRef',
  'metricType',
  'useCachedMetrics',
]);
const KEDA_DEFAULT_MAX_REPLICAS = 100;

function isScaledObject(value: unknown): value is IScaledObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { apiVersion?: unknown }).apiVersion === 'keda.sh/v1alpha1' &&
    (value as { kind?: unknown }).kind === 'ScaledObject'
  );
}

function optionalCount(value: Json | undefined, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new Error(`${where}: expected a non-negative integer`);
  return value;
}

function validateScaledObject(obj: JsonObject): void {
  const where = `ScaledObject ${nameOf(obj)}`;
  const spec = asObject(obj.spec, `${where} spec`);
  rejectUnknownFields(spec, SCALED_OBJECT_SPEC_FIELDS, `${where} spec`);
  const target = asObject(spec.scaleTargetRef, `${where} scaleTargetRef`);
  rejectUnknownFields(target, SCALE_TARGET_FIELDS, `${where} scaleTargetRef`);
  asString(target.name, `${where} scaleTargetRef.name`);
  optionalString(target.apiVersion, `${where} scaleTargetRef.apiVersion`);
  optionalString(target.kind, `${where} scaleTargetRef.kind`);
  optionalString(target.envSourceContainerName, `${where} scaleTargetRef.envSourceContainerName`);
  for (const field of ['pollingInterval', 'cooldownPeriod', 'initialCooldownPeriod', 'idleReplicaCount'])
    optionalCount(spec[field], `${where} ${field}`);
  const min = optionalCount(spec.minReplicaCount, `${where} minReplicaCount`) ?? 0;
  const max = optionalCount(spec.maxReplicaCount, `${where} maxReplicaCount`) ?? KEDA_DEFAULT_MAX_REPLICAS;
  if (min > max) throw new Error(`${where}: minReplicaCount ${min} > maxReplicaCount ${max}`);
  const triggers = asList(spec.triggers, `${where} triggers`);
  if (triggers.length === 0) throw new Error(`${where}: needs at least one trigger`);
  triggers.forEach((item, i) => {
    const trigger = asObject(item, `${where} triggers[${i}]`);
    rejectUnknownFields(trigger, TRIGGER_FIELDS, `${where} triggers[${i}]`);
    asString(trigger.type, `${where} triggers[${i}].type`);
    optionalString(trigger.name, `${where} triggers[${i}].name`);
    // KEDA's CRD types trigger metadata as map[string]string: a bare number fails the apply.
    for (const [key, value] of Object.entries(asObject(trigger.metadata, `${where} triggers[${i}].metadata`)))
      asString(value, `${where} triggers[${i}].metadata.${key}`);
    if (trigger.authenticationRef !== undefined)
      asString(
        asObject(trigger.authenticationRef, `${where} authenticationRef`).name,
        `${where} authenticationRef.name`,
      );
  });
}

// ---------------------------------------------------------------------------------------------
// Schema validation and typed views of a build

interface Build {
  objects: JsonObject[];
  deployments: IDeployment[];
  jobs: IJob[];
  services: IService[];
  configMaps: IConfigMap[];
  secrets: ISecret[];
  hpas: IHorizontalPodAutoscaler[];
  networkPolicies: INetworkPolicy[];
  ingresses: IIngress[];
  scaledObjects: IScaledObject[];
  claims: IPersistentVolumeClaim[];
  serviceAccounts: IServiceAccount[];
  roles: IRole[];
  roleBindings: IRoleBinding[];
}

function validateSchema(obj: JsonObject): void {
  if (Namespace.is(obj)) return new Namespace(obj).validate();
  if (ConfigMap.is(obj)) return new ConfigMap(obj).validate();
  if (Secret.is(obj)) return new Secret(obj).validate();
  if (Service.is(obj)) return new Service(obj).validate();
  if (Deployment.is(obj)) return new Deployment(obj).validate();
  if (Job.is(obj)) return new Job(obj).validate();
  if (HorizontalPodAutoscaler.is(obj)) return new HorizontalPodAutoscaler(obj).validate();
  if (NetworkPolicy.is(obj)) return new NetworkPolicy(obj).validate();
  if (Ingress.is(obj)) return new Ingress(obj).validate();
  if (PersistentVolumeClaim.is(obj)) return new PersistentVolumeClaim(obj).validate();
  if (ServiceAccount.is(obj)) return new ServiceAccount(obj).validate();
  if (Role.is(obj)) return new Role(obj).validate();
  if (RoleBinding.is(obj)) return new RoleBinding(obj).validate();
  if (isScaledObject(obj)) return validateScaledObject(obj);
  throw new Error(`no schema registered for ${String(obj.apiVersion)} ${String(obj.kind)} ${nameOf(obj)}`);
}

function pick<T>(objects: JsonObject[], guard: (value: unknown) => value is T): T[] {
  const out: T[] = [];
  for (const obj of objects) if (guard(obj)) out.push(obj);
  return out;
}

function build(relativeDir: string): Build {
  const objects = buildKustomization(join(ROOT, relativeDir));
  for (const obj of objects) {
    try {
      validateSchema(obj);
    } catch (error: unknown) {
      throw new Error(
        `${relativeDir}: ${idOf(obj)} is invalid: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
  return {
    objects,
    deployments: pick(objects, Deployment.is),
    jobs: pick(objects, Job.is),
    services: pick(objects, Service.is),
    configMaps: pick(objects, ConfigMap.is),
    secrets: pick(objects, Secret.is),
    hpas: pick(objects, HorizontalPodAutoscaler.is),
    networkPolicies: pick(objects, NetworkPolicy.is),
    ingresses: pick(objects, Ingress.is),
    scaledObjects: pick(objects, isScaledObject),
    claims: pick(objects, PersistentVolumeClaim.is),
    serviceAccounts: pick(objects, ServiceAccount.is),
    roles: pick(objects, Role.is),
    roleBindings: pick(objects, RoleBinding.is),
  };
}

function named<T extends { metadata?: { name?: string } }>(items: T[], name: string): T {
  return defined(
    items.find((item) => item.metadata?.name === name),
    name,
  );
}

function podSpecOf(workload: IDeployment | IJob): IPodSpec {
  return defined(workload.spec?.template.spec, `pod spec of ${workload.metadata?.name}`);
}

function workloads(b: Build): (IDeployment | IJob)[] {
  return [...b.deployments, ...b.jobs];
}

type LabelSelector = NonNullable<INetworkPolicy['spec']>['podSelector'];

function selects(selector: LabelSelector | undefined, labels: Record<string, string> | undefined): boolean {
  if (selector === undefined) return false;
  const actual = labels ?? {};
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => actual[key] === value);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values }) => {
    const value = actual[key];
    if (operator === 'In') return value !== undefined && (values ?? []).includes(value);
    if (operator === 'NotIn') return value === undefined || !(values ?? []).includes(value);
    if (operator === 'Exists') return value !== undefined;
    if (operator === 'DoesNotExist') return value === undefined;
    throw new Error(`unknown selector operator ${operator}`);
  });
  return byLabels && byExpressions;
}

/** The ingress rules of every policy that selects the pods of Deployment `name` and admits anything. */
function ingressRulesFor(
  b: Build,
  name: string,
): NonNullable<NonNullable<INetworkPolicy['spec']>['ingress']> {
  const labels = named(b.deployments, name).spec?.template.metadata?.labels;
  const policies = b.networkPolicies.filter(
    (p) => (p.spec?.ingress ?? []).length > 0 && selects(p.spec?.podSelector, labels),
  );
  expect(policies.length).toBeGreaterThan(0);
  return policies.flatMap((p) => p.spec?.ingress ?? []);
}

/** The labels of a pod of the suite: its Deployment's, or the standard ones for an app not deployed yet. */
function podLabels(b: Build, name: string): Record<string, string> {
  const deployment = b.deployments.find((d) => d.metadata?.name === name);
  return (
    deployment?.spec?.template.metadata?.labels ?? {
      'app.kubernetes.io/name': name,
      'app.kubernetes.io/part-of': 'slipway',
    }
  );
}

/**
 * The pods (of POD_NAMES) that may reach Deployment `name`, once every rule that admits them is
 * shown to name its peers (an empty `from` admits everything) by pod labels in the namespace only
 * (no namespaceSelector, no ipBlock, no empty selector) and to open `port` alone.
 */
function podCallers(b: Build, name: string, port: number): string[] {
  const rules = ingressRulesFor(b, name);
  for (const rule of rules) {
    expect(rule.from?.length).toBeGreaterThan(0);
    expect(rule.ports).toEqual([{ protocol: 'TCP', port }]);
    for (const peer of rule.from ?? []) {
      expect(peer).toEqual({ podSelector: expect.anything() });
      const { matchLabels, matchExpressions } = defined(peer.podSelector, 'podSelector');
      expect(Object.keys(matchLabels ?? {}).length + (matchExpressions ?? []).length).toBeGreaterThan(0);
    }
  }
  return POD_NAMES.filter((pod) =>
    rules.some((rule) => (rule.from ?? []).some((peer) => selects(peer.podSelector, podLabels(b, pod)))),
  );
}

/**
 * Where the pods of Deployment `name` may open connections, once every egress rule is shown to name
 * ports and every peer it names to be pods of the namespace by their labels: the ports open to any
 * destination, and per pod of POD_NAMES the ports open to it; with the names of the policies.
 */
function egressOf(
  b: Build,
  name: string,
): { policies: string[]; anywhere: string[]; reached: Record<string, string[]> } {
  const policies = b.networkPolicies.filter(
    (p) => (p.spec?.policyTypes ?? []).includes('Egress') && selects(p.spec?.podSelector, podLabels(b, name)),
  );
  const rules = policies.flatMap((p) => p.spec?.egress ?? []);
  const ports = (rule: (typeof rules)[number]): string[] =>
    (rule.ports ?? []).map((p) => `${p.protocol ?? 'TCP'}/${String(p.port)}`).sort();
  for (const rule of rules) expect(ports(rule).length).toBeGreaterThan(0);
  const targeted = rules.filter((rule) => (rule.to ?? []).length > 0);
  for (const peer of targeted.flatMap((rule) => rule.to ?? [])) {
    expect(peer).toEqual({ podSelector: expect.anything() });
    expect(Object.keys(peer.podSelector?.matchLabels ?? {}).length).toBeGreaterThan(0);
  }
  return {
    policies: policies.map((p) => defined(p.metadata?.name, 'policy name')),
    anywhere: rules
      .filter((rule) => (rule.to ?? []).length === 0)
      .flatMap(ports)
      .sort(),
    reached: Object.fromEntries(
      POD_NAMES.map((pod) => [
        pod,
        targeted
          .filter((rule) => (rule.to ?? []).some((peer) => selects(peer.podSelector, podLabels(b, pod))))
          .flatMap(ports),
      ]).filter(([, open]) => open.length > 0),
    ),
  };
}

const QUANTITY_FACTORS = new Map([
  ['', 1],
  ['m', 1e-3],
  ['k', 1e3],
  ['M', 1e6],
  ['G', 1e9],
  ['Ki', 1024],
  ['Mi', 1024 ** 2],
  ['Gi', 1024 ** 3],
]);

function quantity(value: string | number | undefined, what: string): number {
  if (typeof value === 'number') return value;
  const match = /^(\d+(?:\.\d+)?)([a-zA-Z]*)$/.exec(defined(value, what));
  const factor = match === null ? undefined : QUANTITY_FACTORS.get(match[2]);
  if (match === null || factor === undefined)
    throw new Error(`${what}: unsupported quantity ${String(value)}`);
  return Number(match[1]) * factor;
}

function effectiveEnv(b: Build, container: IContainer): Map<string, string | undefined> {
  const env = new Map<string, string | undefined>();
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef !== undefined) {
      const data = named(b.configMaps, defined(source.configMapRef.name, 'configMapRef name')).data ?? {};
      for (const [key, value] of Object.entries(data)) env.set(key, value);
    }
    if (source.secretRef !== undefined) {
      const secret = named(b.secrets, defined(source.secretRef.name, 'secretRef name'));
      for (const key of [...Object.keys(secret.stringData ?? {}), ...Object.keys(secret.data ?? {})])
        env.set(key, undefined);
    }
  }
  for (const variable of container.env ?? []) env.set(variable.name, variable.value);
  return env;
}

// ---------------------------------------------------------------------------------------------
// Kubernetes

const ENVIRONMENTS = [
  { env: 'base', dir: 'k8s/base' },
  { env: 'dev', dir: 'k8s/overlays/dev' },
  { env: 'prod', dir: 'k8s/overlays/prod' },
];

describe.each(ENVIRONMENTS)('kustomize build of $env', ({ dir }) => {
  let b: Build;

  beforeAll(() => {
    b = build(dir);
  });

  it('contains the data-api, ci, runs, cost-api and gateway objects, all schema-valid, in the slipway namespace with standard labels', () => {
    expect(b.objects.map(idOf)).toEqual(
      expect.arrayContaining([
        'Namespace/~/slipway',
        `NetworkPolicy/${NAMESPACE}/default-deny-ingress`,
        `ConfigMap/${NAMESPACE}/data-api-config`,
        `Secret/${NAMESPACE}/data-api-secrets`,
        `Deployment/${NAMESPACE}/data-api`,
        `Service/${NAMESPACE}/data-api`,
        `Job/${NAMESPACE}/data-api-migrate`,
        `HorizontalPodAutoscaler/${NAMESPACE}/data-api`,
        `NetworkPolicy/${NAMESPACE}/data-api-ingress`,
        `ConfigMap/${NAMESPACE}/ci-config`,
        `ConfigMap/${NAMESPACE}/ci-jobs-config`,
        `ConfigMap/${NAMESPACE}/ci-runner-config`,
        `Secret/${NAMESPACE}/ci-secrets`,
        `Secret/${NAMESPACE}/ci-jobs-secrets`,
        `Deployment/${NAMESPACE}/ci-jobs`,
        `Service/${NAMESPACE}/ci-jobs`,
        `HorizontalPodAutoscaler/${NAMESPACE}/ci-jobs`,
        `NetworkPolicy/${NAMESPACE}/ci-jobs-ingress`,
        `Deployment/${NAMESPACE}/ci-runner`,
        `ScaledObject/${NAMESPACE}/ci-runner`,
        `NetworkPolicy/${NAMESPACE}/ci-runner-ingress`,
        `ServiceAccount/${NAMESPACE}/ci-runner`,
        `Role/${NAMESPACE}/ci-runner`,
        `RoleBinding/${NAMESPACE}/ci-runner`,
        `ConfigMap/${NAMESPACE}/runs-config`,
        `ConfigMap/${NAMESPACE}/orchestrator-runs-config`,
        `ConfigMap/${NAMESPACE}/agent-worker-config`,
        `Secret/${NAMESPACE}/runs-secrets`,
        `Secret/${NAMESPACE}/agent-worker-secrets`,
        `PersistentVolumeClaim/${NAMESPACE}/runs-artifacts`,
        `Deployment/${NAMESPACE}/orchestrator-runs`,
        `Service/${NAMESPACE}/orchestrator-runs`,
        `HorizontalPodAutoscaler/${NAMESPACE}/orchestrator-runs`,
        `NetworkPolicy/${NAMESPACE}/orchestrator-runs-ingress`,
        `Deployment/${NAMESPACE}/agent-worker`,
        `ScaledObject/${NAMESPACE}/agent-worker`,
        `NetworkPolicy/${NAMESPACE}/agent-worker-ingress`,
        `NetworkPolicy/${NAMESPACE}/agent-worker-egress`,
        `ConfigMap/${NAMESPACE}/cost-api-config`,
        `Secret/${NAMESPACE}/cost-api-secrets`,
        `Deployment/${NAMESPACE}/cost-api`,
        `Service/${NAMESPACE}/cost-api`,
        `HorizontalPodAutoscaler/${NAMESPACE}/cost-api`,
        `NetworkPolicy/${NAMESPACE}/cost-api-ingress`,
        `NetworkPolicy/${NAMESPACE}/cost-api-egress`,
        `ConfigMap/${NAMESPACE}/cost-worker-config`,
        `Secret/${NAMESPACE}/cost-worker-secrets`,
        `Deployment/${NAMESPACE}/cost-worker`,
        `ScaledObject/${NAMESPACE}/cost-worker`,
        `NetworkPolicy/${NAMESPACE}/cost-worker-ingress`,
        `NetworkPolicy/${NAMESPACE}/cost-worker-egress`,
        `ConfigMap/${NAMESPACE}/gateway-config`,
        `Secret/${NAMESPACE}/gateway-secrets`,
        `Deployment/${NAMESPACE}/gateway`,
        `Service/${NAMESPACE}/gateway`,
        `HorizontalPodAutoscaler/${NAMESPACE}/gateway`,
        `Ingress/${NAMESPACE}/gateway`,
        `NetworkPolicy/${NAMESPACE}/gateway-ingress`,
        `NetworkPolicy/${NAMESPACE}/gateway-egress`,
      ]),
    );
    for (const obj of b.objects.filter((o) => o.kind !== 'Namespace')) {
      expect(asObject(obj.metadata, 'metadata').namespace).toBe(NAMESPACE);
    }
    for (const obj of b.objects) {
      const labels = asObject(asObject(obj.metadata, 'metadata').labels, `labels of ${idOf(obj)}`);
      expect(typeof labels['app.kubernetes.io/name']).toBe('string');
      expect(labels['app.kubernetes.io/part-of']).toBe('slipway');
    }
  });

  it('gives every container a pinned image, resources within limits and a hardened securityContext', () => {
    for (const workload of workloads(b)) {
      const pod = podSpecOf(workload);
      expect(pod.securityContext?.runAsNonRoot).toBe(true);
      expect(pod.securityContext?.runAsUser).not.toBe(0);
      for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
        const where = `${workload.metadata?.name}/${container.name}`;
        const image = splitImage(defined(container.image, `image of ${where}`));
        expect({
          where,
          pinned: image.digest !== undefined || (image.tag !== undefined && image.tag !== 'latest'),
        }).toEqual({
          where,
          pinned: true,
        });
        const { requests, limits } = defined(container.resources, `resources of ${where}`);
        for (const resource of ['cpu', 'memory']) {
          const request = quantity(requests?.[resource], `${where} requests.${resource}`);
          const limit = quantity(limits?.[resource], `${where} limits.${resource}`);
          expect(request).toBeGreaterThan(0);
          expect(limit).toBeGreaterThanOrEqual(request);
        }
        expect(container.securityContext).toMatchObject({
          runAsNonRoot: true,
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
        });
        expect(container.securityContext?.capabilities?.drop).toContain('ALL');
      }
    }
  });

  it('gives every Deployment container startup, liveness and readiness probes on a declared port', () => {
    for (const deployment of b.deployments) {
      for (const container of podSpecOf(deployment).containers) {
        const ports = (container.ports ?? []).flatMap((p) => [p.containerPort, p.name]);
        const probes = {
          startup: container.startupProbe?.httpGet,
          liveness: container.livenessProbe?.httpGet,
          readiness: container.readinessProbe?.httpGet,
        };
        expect(probes).toEqual({
          startup: expect.objectContaining({ path: '/health' }),
          liveness: expect.objectContaining({ path: '/health' }),
          readiness: expect.objectContaining({ path: '/ready' }),
        });
        for (const probe of Object.values(probes)) expect(ports).toContain(probe?.port);
      }
    }
  });

  it('selects its own pods in every Deployment, and every Service reaches a Deployment port', () => {
    for (const deployment of b.deployments) {
      const spec = defined(deployment.spec, 'deployment spec');
      expect(Object.keys(spec.selector.matchLabels ?? {}).length).toBeGreaterThan(0);
      expect(selects(spec.selector, spec.template.metadata?.labels)).toBe(true);
    }
    for (const service of b.services) {
      const selector = defined(service.spec?.selector, `selector of ${service.metadata?.name}`);
      const targets = b.deployments.filter((d) =>
        selects({ matchLabels: selector }, d.spec?.template.metadata?.labels),
      );
      expect(targets.map((d) => d.metadata?.name)).toHaveLength(1);
      const containerPorts = podSpecOf(targets[0]).containers.flatMap((c) => c.ports ?? []);
      for (const port of service.spec?.ports ?? []) {
        const target = port.targetPort ?? port.port;
        expect(containerPorts.some((p) => p.name === target || p.containerPort === target)).toBe(true);
      }
    }
    for (const job of b.jobs) {
      for (const service of b.services) {
        expect(selects({ matchLabels: service.spec?.selector }, job.spec?.template.metadata?.labels)).toBe(
          false,
        );
      }
    }
  });

  it('resolves every ConfigMap, Secret and PersistentVolumeClaim a pod refers to', () => {
    const configMaps = b.configMaps.map((c) => c.metadata?.name);
    const secrets = b.secrets.map((s) => s.metadata?.name);
    for (const workload of workloads(b)) {
      const pod = podSpecOf(workload);
      for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
        for (const source of container.envFrom ?? []) {
          if (source.configMapRef !== undefined) expect(configMaps).toContain(source.configMapRef.name);
          if (source.secretRef !== undefined) expect(secrets).toContain(source.secretRef.name);
        }
        for (const variable of container.env ?? []) {
          const configMapKey = variable.valueFrom?.configMapKeyRef;
          const secretKey = variable.valueFrom?.secretKeyRef;
          if (configMapKey !== undefined)
            expect(named(b.configMaps, defined(configMapKey.name, 'name')).data).toHaveProperty([
              configMapKey.key,
            ]);
          if (secretKey !== undefined) expect(secrets).toContain(secretKey.name);
        }
      }
      for (const volume of pod.volumes ?? []) {
        if (volume.configMap !== undefined) expect(configMaps).toContain(volume.configMap.name);
        if (volume.secret !== undefined) expect(secrets).toContain(volume.secret.secretName);
        if (volume.persistentVolumeClaim !== undefined)
          expect(b.claims.map((c) => c.metadata?.name)).toContain(volume.persistentVolumeClaim.claimName);
      }
    }
  });

  it('gives data-api its whole configuration, with placeholder secrets and migrations left to the Job', () => {
    const api = podSpecOf(named(b.deployments, 'data-api')).containers[0];
    const env = effectiveEnv(b, api);
    expect([...env.keys()].sort()).toEqual(expect.arrayContaining(DATA_API_REQUIRED_ENV));
    for (const key of env.keys()) expect(DATA_API_ENV).toContain(key);
    expect(env.get('MIGRATIONS_RUN')).toBe('false');
    expect(env.get('PORT')).toBe(String(api.ports?.[0]?.containerPort));
    for (const value of Object.values(named(b.secrets, 'data-api-secrets').stringData ?? {})) {
      expect(value).toBe('REPLACE_ME');
    }

    const job = named(b.jobs, 'data-api-migrate');
    const migrate = podSpecOf(job).containers[0];
    expect(migrate.command ?? migrate.args).toEqual(['node', 'main.js', 'migrate']);
    expect(migrate.image).toBe(api.image);
    const migrateEnv = effectiveEnv(b, migrate);
    expect(migrateEnv.has('DATABASE_URL')).toBe(true);
    expect(Number(migrateEnv.get('DB_STATEMENT_TIMEOUT_MS'))).toBeGreaterThanOrEqual(60_000);
    expect(podSpecOf(job).restartPolicy).toBe('Never');
    expect(job.spec?.backoffLimit).toBeGreaterThan(0);
    expect(job.spec?.ttlSecondsAfterFinished).toBeGreaterThan(0);
  });

  it.each(['data-api', 'ci-jobs', 'orchestrator-runs', 'cost-api', 'gateway'])(
    'scales %s on CPU within bounds that contain its replica count',
    (name) => {
      const hpa = named(b.hpas, name);
      const spec = defined(hpa.spec, 'hpa spec');
      expect(spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      expect(spec.metrics).toEqual([
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
        },
      ]);
      const replicas = defined(named(b.deployments, name).spec?.replicas, 'replicas');
      expect(replicas).toBeGreaterThanOrEqual(defined(spec.minReplicas, 'minReplicas'));
      expect(replicas).toBeLessThanOrEqual(spec.maxReplicas);
    },
  );

  it('denies ingress by default and lets only its callers reach data-api on 3001', () => {
    const denyAll = named(b.networkPolicies, 'default-deny-ingress').spec;
    expect(denyAll?.podSelector).toEqual({});
    expect(denyAll?.policyTypes).toEqual(['Ingress']);
    expect(denyAll?.ingress ?? []).toEqual([]);

    expect(podCallers(b, 'data-api', 3001)).toEqual(DATA_API_CALLERS);
  });

  it('gives ci-jobs and ci-runner their configuration from shared and own ConfigMaps, secrets from Secrets', () => {
    const api = podSpecOf(named(b.deployments, 'ci-jobs')).containers[0];
    const runner = podSpecOf(named(b.deployments, 'ci-runner')).containers[0];
    const apiEnv = effectiveEnv(b, api);
    const runnerEnv = effectiveEnv(b, runner);
    for (const key of apiEnv.keys()) expect(CI_JOBS_ENV).toContain(key);
    for (const key of runnerEnv.keys()) expect(CI_RUNNER_ENV).toContain(key);
    const shared = ['PORT', 'REDIS_URL', 'REDIS_PREFIX', 'SERVICE_TOKEN', 'DATA_API_URL'];
    expect([...apiEnv.keys()]).toEqual(
      expect.arrayContaining([...shared, 'GITEA_WEBHOOK_SECRET', 'GITHUB_WEBHOOK_SECRET']),
    );
    expect([...runnerEnv.keys()]).toEqual(
      expect.arrayContaining([...shared, 'RUNNER_WORKDIR', 'RUNNER_KILL_GRACE_MS']),
    );
    for (const env of [apiEnv, runnerEnv]) {
      for (const key of CI_SENSITIVE_ENV)
        if (env.has(key)) expect({ key, value: env.get(key) }).toEqual({ key });
    }

    expect(api.command ?? api.args ?? ['node', 'main.js']).toEqual(['node', 'main.js']);
    expect(runner.command ?? runner.args).toEqual(['node', 'runner.js']);
    expect(splitImage(defined(api.image, 'ci-jobs image')).name).toBe(CI_IMAGE);
    expect(runner.image).toBe(api.image);
    expect(api.ports?.map((p) => p.containerPort)).toEqual([CI_JOBS_PORT]);
    expect(runner.ports?.map((p) => p.containerPort)).toEqual([CI_RUNNER_PORT]);
    expect(apiEnv.get('PORT')).toBe(String(CI_JOBS_PORT));
    expect(runnerEnv.get('PORT')).toBe(String(CI_RUNNER_PORT));
    // Both use one stream: they must agree on the prefix, and reach data-api through its Service.
    expect(runnerEnv.get('REDIS_PREFIX')).toBe(apiEnv.get('REDIS_PREFIX'));
    const dataApiPort = named(b.services, 'data-api').spec?.ports?.[0]?.port;
    for (const env of [apiEnv, runnerEnv])
      expect(env.get('DATA_API_URL')).toBe(`http://data-api:${dataApiPort}`);

    for (const name of ['ci-secrets', 'ci-jobs-secrets']) {
      const secret = named(b.secrets, name);
      expect(Object.keys(secret.stringData ?? {}).length).toBeGreaterThan(0);
      for (const value of Object.values(secret.stringData ?? {})) expect(value).toBe('REPLACE_ME');
    }
  });

  it('gives ci-runner a writable emptyDir work directory and a grace period longer than its shutdown', () => {
    const deployment = named(b.deployments, 'ci-runner');
    const pod = podSpecOf(deployment);
    const runner = pod.containers[0];
    const env = effectiveEnv(b, runner);
    const workdir = defined(env.get('RUNNER_WORKDIR'), 'RUNNER_WORKDIR');
    const mount = defined(
      runner.volumeMounts?.find((m) => m.mountPath === workdir),
      `a volume mounted at ${workdir}`,
    );
    expect(mount.readOnly ?? false).toBe(false);
    expect(pod.volumes?.find((v) => v.name === mount.name)?.emptyDir).toBeDefined();
    expect(runner.securityContext?.readOnlyRootFilesystem).toBe(true);

    const ms = (key: keyof typeof SHUTDOWN_DEFAULTS): number =>
      Number(env.get(key) ?? SHUTDOWN_DEFAULTS[key]);
    const shutdownMs = ms('SHUTDOWN_DRAIN_MS') + ms('RUNNER_KILL_GRACE_MS') + ms('SHUTDOWN_GRACE_MS');
    expect(
      defined(pod.terminationGracePeriodSeconds, 'terminationGracePeriodSeconds') * 1000,
    ).toBeGreaterThan(shutdownMs);
    // KEDA owns the replica count; an applied `replicas` would reset it on every apply.
    expect(deployment.spec?.replicas).toBeUndefined();
  });

  it.each([
    { worker: 'ci-runner', stream: CI_STREAM, group: CI_CONSUMER_GROUP },
    { worker: 'agent-worker', stream: RUNS_STREAM, group: RUNS_CONSUMER_GROUP },
    { worker: 'cost-worker', stream: COST_STREAM, group: COST_CONSUMER_GROUP },
  ])(
    'scales $worker with KEDA on the lag of the $stream stream of consumer group $group',
    ({ worker, stream, group }) => {
      const scaled = named(b.scaledObjects, worker);
      expect(scaled.apiVersion).toBe('keda.sh/v1alpha1');
      expect(scaled.kind).toBe('ScaledObject');
      const { scaleTargetRef: ref, minReplicaCount, maxReplicaCount, triggers } = scaled.spec;
      expect(ref.apiVersion ?? 'apps/v1').toBe('apps/v1');
      expect(ref.kind ?? 'Deployment').toBe('Deployment');
      const target = named(b.deployments, ref.name);
      expect(ref.name).toBe(worker);
      const min = minReplicaCount ?? 0;
      const max = maxReplicaCount ?? KEDA_DEFAULT_MAX_REPLICAS;
      expect(min).toBeGreaterThanOrEqual(1);
      expect(min).toBeLessThanOrEqual(max);
      // One autoscaler per workload: KEDA makes its own HPA for the target.
      expect(b.hpas.filter((h) => h.spec?.scaleTargetRef.name === ref.name)).toEqual([]);

      const container = defined(
        podSpecOf(target).containers.find((c) => c.name === (ref.envSourceContainerName ?? c.name)),
        'env source container',
      );
      const env = effectiveEnv(b, container);
      expect(triggers).toHaveLength(1);
      const { type, metadata, authenticationRef } = triggers[0];
      expect(type).toBe('redis-streams');
      expect(metadata).toMatchObject({
        stream: `${env.get('REDIS_PREFIX') ?? ''}${stream}`,
        consumerGroup: group,
      });
      expect(Number(metadata.lagCount)).toBeGreaterThan(0);
      expect(metadata.address ?? metadata.addressFromEnv ?? metadata.host ?? authenticationRef).toBeDefined();
      for (const key of [
        'addressFromEnv',
        'hostFromEnv',
        'portFromEnv',
        'usernameFromEnv',
        'passwordFromEnv',
      ]) {
        const variable = metadata[key];
        if (variable !== undefined)
          expect({ key, resolves: env.has(variable) }).toEqual({ key, resolves: true });
      }
    },
  );

  it('admits only the gateway to ci-jobs (3003), the gateway and cost-api to orchestrator-runs (3002), only Prometheus to the workers', () => {
    // Forge webhooks included: they enter through the ingress controller and the gateway.
    expect(podCallers(b, 'ci-jobs', CI_JOBS_PORT)).toEqual(['gateway']);
    expect(podCallers(b, 'orchestrator-runs', ORCHESTRATOR_PORT)).toEqual(ORCHESTRATOR_CALLERS);
    const peerNames = (name: string): { ports: unknown; from: unknown[] }[] =>
      ingressRulesFor(b, name).map((rule) => ({
        ports: rule.ports,
        from: (rule.from ?? []).map((peer) => ({
          namespaces: peer.namespaceSelector,
          ipBlock: peer.ipBlock,
          name: peer.podSelector?.matchLabels?.['app.kubernetes.io/name'],
          exprs: peer.podSelector?.matchExpressions,
        })),
      }));
    expect(peerNames('ci-runner')).toEqual([
      { ports: [{ protocol: 'TCP', port: CI_RUNNER_PORT }], from: [{ namespaces: {}, name: 'prometheus' }] },
    ]);
    expect(peerNames('agent-worker')).toEqual([
      {
        ports: [{ protocol: 'TCP', port: AGENT_WORKER_PORT }],
        from: [{ namespaces: {}, name: 'prometheus' }],
      },
    ]);
    expect(peerNames('cost-worker')).toEqual([
      {
        ports: [{ protocol: 'TCP', port: COST_WORKER_PORT }],
        from: [{ namespaces: {}, name: 'prometheus' }],
      },
    ]);
  });

  it('admits to the gateway only the ingress controller namespace and Prometheus, on 3000', () => {
    const rules = ingressRulesFor(b, 'gateway');
    for (const rule of rules) {
      expect(rule.from?.length).toBeGreaterThan(0);
      expect(rule.ports).toEqual([{ protocol: 'TCP', port: GATEWAY_PORT }]);
    }
    expect(rules.flatMap((rule) => rule.from ?? [])).toEqual([
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': INGRESS_NAMESPACE } } },
      {
        namespaceSelector: {},
        podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } },
      },
    ]);
  });

  it('lets the gateway reach only DNS, Redis and the pods of the services it fronts, each on its port', () => {
    const policies = b.networkPolicies.filter(
      (p) =>
        (p.spec?.policyTypes ?? []).includes('Egress') &&
        selects(p.spec?.podSelector, podLabels(b, 'gateway')),
    );
    expect(policies.map((p) => p.metadata?.name)).toEqual(['gateway-egress']);
    const rules = policies.flatMap((p) => p.spec?.egress ?? []);
    const ports = (rule: (typeof rules)[number]): string[] =>
      (rule.ports ?? []).map((p) => `${p.protocol ?? 'TCP'}/${String(p.port)}`).sort();
    for (const rule of rules) expect(ports(rule).length).toBeGreaterThan(0);
    const anywhere = rules.filter((rule) => (rule.to ?? []).length === 0).flatMap(ports);
    expect(anywhere.sort()).toEqual(['TCP/53', 'TCP/6379', 'UDP/53']);
    const targeted = rules.filter((rule) => (rule.to ?? []).length > 0);
    for (const peer of targeted.flatMap((rule) => rule.to ?? [])) {
      expect(peer).toEqual({ podSelector: expect.anything() });
      expect(Object.keys(peer.podSelector?.matchLabels ?? {}).length).toBeGreaterThan(0);
    }
    const reached = Object.fromEntries(
      POD_NAMES.map((pod) => [
        pod,
        targeted
          .filter((rule) => (rule.to ?? []).some((peer) => selects(peer.podSelector, podLabels(b, pod))))
          .flatMap(ports),
      ]).filter(([, open]) => open.length > 0),
    );
    const portOf = (name: string): string =>
      `TCP/${String(podSpecOf(named(b.deployments, name)).containers[0].ports?.[0]?.containerPort)}`;
    expect(reached).toEqual({
      'data-api': [portOf('data-api')],
      'orchestrator-runs': [portOf('orchestrator-runs')],
      'ci-jobs': [portOf('ci-jobs')],
      'cost-api': [`TCP/${COST_API_PORT}`],
    });
  });

  it('gives the gateway in-cluster service URLs, Secure session cookies, secrets from a Secret', () => {
    const container = podSpecOf(named(b.deployments, 'gateway')).containers[0];
    const env = effectiveEnv(b, container);
    expect([...env.keys()].sort()).toEqual([...GATEWAY_K8S_ENV].sort());
    expect(env.get('TRUST_PROXY_HOPS')).toBe('1');
    for (const key of GATEWAY_SENSITIVE_ENV)
      if (env.has(key)) expect({ key, value: env.get(key) }).toEqual({ key });
    expect(container.command ?? container.args ?? ['node', 'main.js']).toEqual(['node', 'main.js']);
    expect(splitImage(defined(container.image, 'gateway image')).name).toBe(GATEWAY_IMAGE);
    expect(container.ports?.map((p) => p.containerPort)).toEqual([GATEWAY_PORT]);
    expect(env.get('PORT')).toBe(String(GATEWAY_PORT));
    const url = (service: string): string =>
      `http://${service}:${String(named(b.services, service).spec?.ports?.[0]?.port)}`;
    expect(env.get('DATA_API_URL')).toBe(url('data-api'));
    expect(env.get('ORCHESTRATOR_URL')).toBe(url('orchestrator-runs'));
    expect(env.get('CI_JOBS_URL')).toBe(url('ci-jobs'));
    expect(env.get('COST_API_URL')).toBe(url('cost-api'));
    expect(env.get('SESSION_COOKIE_SECURE')).toBe('true');
    expect(new URL(defined(env.get('PUBLIC_URL'), 'PUBLIC_URL')).protocol).toBe('https:');
    const secret = named(b.secrets, 'gateway-secrets');
    expect(Object.keys(secret.stringData ?? {}).sort()).toEqual(['REDIS_URL', 'SERVICE_TOKEN']);
    for (const value of Object.values(secret.stringData ?? {})) expect(value).toBe('REPLACE_ME');
  });

  it('lets traffic in only through one TLS Ingress to the gateway, on the PUBLIC_URL host, unbuffered for SSE', () => {
    for (const service of b.services) {
      const name = service.metadata?.name;
      expect({ name, type: service.spec?.type ?? 'ClusterIP' }).toEqual({ name, type: 'ClusterIP' });
    }
    for (const workload of workloads(b)) {
      const pod = podSpecOf(workload);
      expect({ name: workload.metadata?.name, hostNetwork: pod.hostNetwork ?? false }).toEqual({
        name: workload.metadata?.name,
        hostNetwork: false,
      });
      for (const port of pod.containers.flatMap((c) => c.ports ?? [])) expect(port.hostPort).toBeUndefined();
    }
    expect(b.ingresses.map((i) => i.metadata?.name)).toEqual(['gateway']);
    const ingress = named(b.ingresses, 'gateway');
    const annotations = ingress.metadata?.annotations ?? {};
    expect(annotations).toMatchObject(SSE_ANNOTATIONS);
    expect(annotations['cert-manager.io/cluster-issuer']).toMatch(/^\S+$/);
    const spec = defined(ingress.spec, 'ingress spec');
    expect(spec.ingressClassName).toBe('nginx');
    expect(spec.defaultBackend).toBeUndefined();
    const publicUrl = effectiveEnv(b, podSpecOf(named(b.deployments, 'gateway')).containers[0]).get(
      'PUBLIC_URL',
    );
    const host = new URL(defined(publicUrl, 'PUBLIC_URL')).hostname;
    expect((spec.rules ?? []).map((rule) => rule.host)).toEqual([host]);
    expect(spec.tls).toEqual([{ hosts: [host], secretName: expect.stringMatching(/^\S+$/) }]);
    const servicePorts = (named(b.services, 'gateway').spec?.ports ?? []).flatMap((p) => [p.name, p.port]);
    const paths = (spec.rules ?? []).flatMap((rule) => rule.http?.paths ?? []);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.backend.service?.name).toBe('gateway');
      expect(servicePorts).toContain(path.backend.service?.port?.name ?? path.backend.service?.port?.number);
    }
  });

  it('gives orchestrator-runs and agent-worker their configuration from shared and own ConfigMaps, secrets from Secrets', () => {
    const api = podSpecOf(named(b.deployments, 'orchestrator-runs')).containers[0];
    const worker = podSpecOf(named(b.deployments, 'agent-worker')).containers[0];
    const apiEnv = effectiveEnv(b, api);
    const workerEnv = effectiveEnv(b, worker);
    for (const key of apiEnv.keys()) expect(ORCHESTRATOR_ENV).toContain(key);
    for (const key of workerEnv.keys()) expect(AGENT_WORKER_ENV).toContain(key);
    const shared = [
      'PORT',
      'REDIS_URL',
      'REDIS_PREFIX',
      'SERVICE_TOKEN',
      'DATA_API_URL',
      'ARTIFACTS_DIR',
      'PROFILES_DIR',
      'LLM_PROVIDER',
      'LLM_MODEL',
    ];
    expect([...apiEnv.keys()]).toEqual(expect.arrayContaining(shared));
    expect([...workerEnv.keys()]).toEqual(expect.arrayContaining([...shared, 'LLM_API_KEY']));
    for (const env of [apiEnv, workerEnv]) {
      for (const key of RUNS_SENSITIVE_ENV)
        if (env.has(key)) expect({ key, value: env.get(key) }).toEqual({ key });
    }

    expect(api.command ?? api.args ?? ['node', 'main.js']).toEqual(['node', 'main.js']);
    expect(worker.command ?? worker.args).toEqual(['node', 'worker.js']);
    expect(splitImage(defined(api.image, 'orchestrator-runs image')).name).toBe(RUNS_IMAGE);
    expect(worker.image).toBe(api.image);
    expect(api.ports?.map((p) => p.containerPort)).toEqual([ORCHESTRATOR_PORT]);
    expect(worker.ports?.map((p) => p.containerPort)).toEqual([AGENT_WORKER_PORT]);
    expect(apiEnv.get('PORT')).toBe(String(ORCHESTRATOR_PORT));
    expect(workerEnv.get('PORT')).toBe(String(AGENT_WORKER_PORT));
    // One stream pair, one workspace, one price list: the two must agree on all of them.
    for (const key of ['REDIS_PREFIX', 'ARTIFACTS_DIR', 'PROFILES_DIR', 'LLM_PROVIDER', 'LLM_MODEL'])
      expect({ key, value: workerEnv.get(key) }).toEqual({ key, value: apiEnv.get(key) });
    // The profiles are not in the bundle: PROFILES_DIR must name where the image puts them.
    expect(apiEnv.get('PROFILES_DIR')).toBe(IMAGE_PROFILES_DIR);
    const dataApiPort = named(b.services, 'data-api').spec?.ports?.[0]?.port;
    for (const env of [apiEnv, workerEnv])
      expect(env.get('DATA_API_URL')).toBe(`http://data-api:${dataApiPort}`);

    for (const name of ['runs-secrets', 'agent-worker-secrets']) {
      const secret = named(b.secrets, name);
      expect(Object.keys(secret.stringData ?? {}).length).toBeGreaterThan(0);
      for (const value of Object.values(secret.stringData ?? {})) expect(value).toBe('REPLACE_ME');
    }
  });

  it('mounts one ReadWriteMany claim at ARTIFACTS_DIR in both orchestrator-runs and agent-worker, writable by their uid', () => {
    const claimOf = (name: string): string => {
      const pod = podSpecOf(named(b.deployments, name));
      const container = pod.containers[0];
      const artifactsDir = defined(effectiveEnv(b, container).get('ARTIFACTS_DIR'), `${name} ARTIFACTS_DIR`);
      const mount = defined(
        container.volumeMounts?.find((m) => m.mountPath === artifactsDir),
        `a volume mounted at ${artifactsDir} in ${name}`,
      );
      expect(mount.readOnly ?? false).toBe(false);
      expect(mount.subPath).toBeUndefined();
      const volume = defined(
        pod.volumes?.find((v) => v.name === mount.name),
        `volume ${mount.name} of ${name}`,
      );
      // Every pod writes as its runAsUser; fsGroup makes the claim's files writable by it.
      expect(pod.securityContext?.fsGroup).toBe(pod.securityContext?.runAsGroup);
      expect(container.securityContext?.readOnlyRootFilesystem).toBe(true);
      return defined(volume.persistentVolumeClaim?.claimName, `${name}: ${mount.name} is not a claim`);
    };
    const claim = claimOf('orchestrator-runs');
    expect(claimOf('agent-worker')).toBe(claim);
    const pvc = named(b.claims, claim);
    expect(pvc.spec?.accessModes).toEqual(['ReadWriteMany']);
    expect(quantity(pvc.spec?.resources?.requests?.storage, 'storage')).toBeGreaterThan(0);
    // Only these two mount it: nothing else may write run workspaces.
    const mounters = workloads(b).filter((w) =>
      (podSpecOf(w).volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === claim),
    );
    expect(mounters.map((w) => w.metadata?.name).sort()).toEqual(['agent-worker', 'orchestrator-runs']);
  });

  it('gives agent-worker a grace period longer than its shutdown and leaves its replica count to KEDA', () => {
    const deployment = named(b.deployments, 'agent-worker');
    const pod = podSpecOf(deployment);
    const env = effectiveEnv(b, pod.containers[0]);
    const ms = (key: 'SHUTDOWN_DRAIN_MS' | 'SHUTDOWN_GRACE_MS'): number =>
      Number(env.get(key) ?? SHUTDOWN_DEFAULTS[key]);
    expect(
      defined(pod.terminationGracePeriodSeconds, 'terminationGracePeriodSeconds') * 1000,
    ).toBeGreaterThan(ms('SHUTDOWN_DRAIN_MS') + ms('SHUTDOWN_GRACE_MS'));
    expect(deployment.spec?.replicas).toBeUndefined();
  });

  it('lets agent-worker reach only DNS, data-api, cost-api, Redis and the LLM provider (HTTPS)', () => {
    const labels = named(b.deployments, 'agent-worker').spec?.template.metadata?.labels;
    const policies = b.networkPolicies.filter(
      (p) => (p.spec?.policyTypes ?? []).includes('Egress') && selects(p.spec?.podSelector, labels),
    );
    expect(policies.map((p) => p.metadata?.name)).toEqual(['agent-worker-egress']);
    const rules = policies.flatMap((p) => p.spec?.egress ?? []);
    const ports = (rule: (typeof rules)[number]): string[] =>
      (rule.ports ?? []).map((p) => `${p.protocol ?? 'TCP'}/${String(p.port)}`).sort();
    // Rules open to any destination are port-limited: DNS, Redis and HTTPS only.
    const anywhere = rules.filter((rule) => (rule.to ?? []).length === 0).flatMap(ports);
    expect(anywhere.sort()).toEqual(['TCP/443', 'TCP/53', 'TCP/6379', 'UDP/53']);
    for (const rule of rules) expect(ports(rule).length).toBeGreaterThan(0);
    // data-api by its pods, on its Service's target port.
    const dataApiLabels = named(b.deployments, 'data-api').spec?.template.metadata?.labels;
    const toDataApi = rules.filter((rule) =>
      (rule.to ?? []).some(
        (peer) =>
          peer.ipBlock === undefined &&
          peer.namespaceSelector === undefined &&
          selects(peer.podSelector, dataApiLabels),
      ),
    );
    const dataApiPort = podSpecOf(named(b.deployments, 'data-api')).containers[0].ports?.[0]?.containerPort;
    expect(toDataApi.flatMap(ports)).toEqual([`TCP/${String(dataApiPort)}`]);
    // Pods it may reach: data-api, and cost-api (an organization's provider credential), on their ports.
    expect(egressOf(b, 'agent-worker').reached).toEqual({
      'data-api': [`TCP/${String(dataApiPort)}`],
      'cost-api': [`TCP/${COST_API_PORT}`],
    });
    // The orchestrator's rules are ingress only, like the other APIs: nothing limits its egress.
    const apiLabels = named(b.deployments, 'orchestrator-runs').spec?.template.metadata?.labels;
    expect(
      b.networkPolicies.filter(
        (p) => (p.spec?.policyTypes ?? []).includes('Egress') && selects(p.spec?.podSelector, apiLabels),
      ),
    ).toEqual([]);
  });

  it('admits to cost-api (3004) only the gateway and the services whose pipelines it admits', () => {
    expect(podCallers(b, 'cost-api', COST_API_PORT)).toEqual(COST_API_CALLERS);
  });

  it('lets cost-api reach only DNS, data-api, orchestrator-runs, Redis and the providers (HTTPS)', () => {
    const egress = egressOf(b, 'cost-api');
    expect(egress.policies).toEqual(['cost-api-egress']);
    // Open to any destination, port-limited: DNS, Redis (wherever it runs), HTTPS (provider validation).
    expect(egress.anywhere).toEqual(['TCP/443', 'TCP/53', 'TCP/6379', 'UDP/53']);
    const portOf = (name: string): string =>
      `TCP/${String(podSpecOf(named(b.deployments, name)).containers[0].ports?.[0]?.containerPort)}`;
    expect(egress.reached).toEqual({
      'data-api': [portOf('data-api')],
      'orchestrator-runs': [portOf('orchestrator-runs')],
    });
  });

  it('gives cost-api its configuration from its ConfigMap, its keys and tokens from a Secret', () => {
    const container = podSpecOf(named(b.deployments, 'cost-api')).containers[0];
    const env = effectiveEnv(b, container);
    for (const key of env.keys()) expect(COST_API_ENV).toContain(key);
    expect([...env.keys()]).toEqual(expect.arrayContaining(COST_API_REQUIRED_ENV));
    for (const key of COST_API_SECRETS) expect({ key, value: env.get(key) }).toEqual({ key });
    expect(container.command ?? container.args ?? ['node', 'main.js']).toEqual(['node', 'main.js']);
    expect(splitImage(defined(container.image, 'cost-api image')).name).toBe(COST_API_IMAGE);
    expect(container.ports?.map((p) => p.containerPort)).toEqual([COST_API_PORT]);
    expect(env.get('PORT')).toBe(String(COST_API_PORT));
    const url = (service: string): string =>
      `http://${service}:${String(named(b.services, service).spec?.ports?.[0]?.port)}`;
    expect(env.get('DATA_API_URL')).toBe(url('data-api'));
    expect(env.get('ORCHESTRATOR_URL')).toBe(url('orchestrator-runs'));
    const secret = named(b.secrets, 'cost-api-secrets');
    expect(Object.keys(secret.stringData ?? {}).sort()).toEqual(COST_API_SECRETS);
    for (const value of Object.values(secret.stringData ?? {})) expect(value).toBe('REPLACE_ME');
    expect(named(b.services, 'cost-api').spec?.ports?.[0]?.port).toBe(COST_API_PORT);
  });

  it('gives cost-worker its configuration from its ConfigMap, its tokens from a Secret, cost-api’s image', () => {
    const worker = podSpecOf(named(b.deployments, 'cost-worker')).containers[0];
    const api = podSpecOf(named(b.deployments, 'cost-api')).containers[0];
    const env = effectiveEnv(b, worker);
    for (const key of env.keys()) expect(COST_WORKER_ENV).toContain(key);
    expect([...env.keys()]).toEqual(expect.arrayContaining(COST_WORKER_REQUIRED_ENV));
    for (const key of COST_WORKER_SECRETS) expect({ key, value: env.get(key) }).toEqual({ key });
    expect(worker.command ?? worker.args).toEqual(['node', 'worker.js']);
    expect(worker.image).toBe(api.image);
    expect(worker.ports?.map((p) => p.containerPort)).toEqual([COST_WORKER_PORT]);
    expect(env.get('PORT')).toBe(String(COST_WORKER_PORT));
    // One queue and one set of streams: the worker's prefix is cost-api's.
    expect(env.get('REDIS_PREFIX')).toBe(effectiveEnv(b, api).get('REDIS_PREFIX'));
    const dataApiPort = named(b.services, 'data-api').spec?.ports?.[0]?.port;
    expect(env.get('DATA_API_URL')).toBe(`http://data-api:${dataApiPort}`);
    const secret = named(b.secrets, 'cost-worker-secrets');
    expect(Object.keys(secret.stringData ?? {}).sort()).toEqual(COST_WORKER_SECRETS);
    for (const value of Object.values(secret.stringData ?? {})) expect(value).toBe('REPLACE_ME');
  });

  it('gives cost-worker a grace period longer than its shutdown and leaves its replica count to KEDA', () => {
    const deployment = named(b.deployments, 'cost-worker');
    const pod = podSpecOf(deployment);
    const env = effectiveEnv(b, pod.containers[0]);
    const ms = (key: 'SHUTDOWN_DRAIN_MS' | 'SHUTDOWN_GRACE_MS'): number =>
      Number(env.get(key) ?? SHUTDOWN_DEFAULTS[key]);
    expect(
      defined(pod.terminationGracePeriodSeconds, 'terminationGracePeriodSeconds') * 1000,
    ).toBeGreaterThan(ms('SHUTDOWN_DRAIN_MS') + ms('SHUTDOWN_GRACE_MS'));
    expect(deployment.spec?.replicas).toBeUndefined();
  });

  it('lets cost-worker reach only DNS, data-api, Redis, and HTTPS and SMTP submission (notifications)', () => {
    const egress = egressOf(b, 'cost-worker');
    expect(egress.policies).toEqual(['cost-worker-egress']);
    expect(egress.anywhere).toEqual(['TCP/443', 'TCP/465', 'TCP/53', 'TCP/587', 'TCP/6379', 'UDP/53']);
    const dataApiPort = podSpecOf(named(b.deployments, 'data-api')).containers[0].ports?.[0]?.containerPort;
    expect(egress.reached).toEqual({ 'data-api': [`TCP/${String(dataApiPort)}`] });
  });

  it.each(COST_API_CLIENTS)('tells %s where cost-api is: its Service', (name) => {
    const container = podSpecOf(named(b.deployments, name)).containers[0];
    const port = String(named(b.services, 'cost-api').spec?.ports?.[0]?.port);
    expect(effectiveEnv(b, container).get('COST_API_URL')).toBe(`http://cost-api:${port}`);
  });

  it("binds ci-runner's Role to its ServiceAccount in the namespace, with no token mounted by default", () => {
    const account = named(b.serviceAccounts, 'ci-runner');
    const role = named(b.roles, 'ci-runner');
    const binding = named(b.roleBindings, 'ci-runner');
    expect(account.automountServiceAccountToken).toBe(false);
    expect(binding.roleRef).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'Role',
      name: role.metadata?.name,
    });
    expect(binding.subjects).toEqual([
      { kind: 'ServiceAccount', name: account.metadata?.name, namespace: NAMESPACE },
    ]);
    // Nothing cluster-wide, no secrets, no exec.
    for (const rule of role.rules ?? []) {
      expect(rule.resources ?? []).not.toContain('secrets');
      expect(rule.resources ?? []).not.toContain('pods/exec');
      expect(rule.verbs).not.toContain('*');
    }
    // Opt-in: the runner Deployment runs without the account's token until an overlay switches it on.
    const runner = podSpecOf(named(b.deployments, 'ci-runner'));
    expect(runner.automountServiceAccountToken).toBe(false);
  });
});

describe('kustomize overlays', () => {
  const dataApi = (b: Build): IDeployment => named(b.deployments, 'data-api');
  const requests = (b: Build): Record<string, string | number> =>
    defined(podSpecOf(dataApi(b)).containers[0].resources?.requests, 'requests');
  let base: Build;
  let dev: Build;
  let prod: Build;

  beforeAll(() => {
    base = build('k8s/base');
    dev = build('k8s/overlays/dev');
    prod = build('k8s/overlays/prod');
  });

  it('base: 2 replicas, HPA 2..6, pinned data-api image', () => {
    expect(dataApi(base).spec?.replicas).toBe(2);
    expect(named(base.hpas, 'data-api').spec).toMatchObject({ minReplicas: 2, maxReplicas: 6 });
    expect(podSpecOf(dataApi(base)).containers[0].image).toMatch(/^slipway\/data-api:\d+\.\d+\.\d+$/);
  });

  it('base: ci-jobs 2 replicas, HPA 2..6; ci-runner scaled by KEDA 1..10; pinned ci-jobs image', () => {
    expect(named(base.deployments, 'ci-jobs').spec?.replicas).toBe(2);
    expect(named(base.hpas, 'ci-jobs').spec).toMatchObject({ minReplicas: 2, maxReplicas: 6 });
    expect(named(base.scaledObjects, 'ci-runner').spec).toMatchObject({
      minReplicaCount: 1,
      maxReplicaCount: 10,
    });
    for (const name of ['ci-jobs', 'ci-runner']) {
      expect(podSpecOf(named(base.deployments, name)).containers[0].image).toMatch(
        /^slipway\/ci-jobs:\d+\.\d+\.\d+$/,
      );
    }
    const runner = defined(
      podSpecOf(named(base.deployments, 'ci-runner')).containers[0].resources,
      'resources',
    );
    expect(runner).toEqual({
      requests: { cpu: '500m', memory: '1Gi' },
      limits: { cpu: '2', memory: '4Gi' },
    });
  });

  it('base: orchestrator-runs 2 replicas, HPA 2..6; agent-worker scaled by KEDA 1..10; pinned image', () => {
    expect(named(base.deployments, 'orchestrator-runs').spec?.replicas).toBe(2);
    expect(named(base.hpas, 'orchestrator-runs').spec).toMatchObject({ minReplicas: 2, maxReplicas: 6 });
    expect(named(base.scaledObjects, 'agent-worker').spec).toMatchObject({
      minReplicaCount: 1,
      maxReplicaCount: 10,
    });
    for (const name of ['orchestrator-runs', 'agent-worker']) {
      expect(podSpecOf(named(base.deployments, name)).containers[0].image).toMatch(
        /^slipway\/orchestrator-runs:\d+\.\d+\.\d+$/,
      );
    }
  });

  it('base: gateway 2 replicas, HPA 2..6, pinned gateway image', () => {
    expect(named(base.deployments, 'gateway').spec?.replicas).toBe(2);
    expect(named(base.hpas, 'gateway').spec).toMatchObject({ minReplicas: 2, maxReplicas: 6 });
    expect(podSpecOf(named(base.deployments, 'gateway')).containers[0].image).toMatch(
      /^slipway\/gateway:\d+\.\d+\.\d+$/,
    );
  });

  it('base: cost-api 2 replicas, HPA 2..6; cost-worker scaled by KEDA 1..6; pinned cost-api image', () => {
    expect(named(base.deployments, 'cost-api').spec?.replicas).toBe(2);
    expect(named(base.hpas, 'cost-api').spec).toMatchObject({ minReplicas: 2, maxReplicas: 6 });
    expect(named(base.scaledObjects, 'cost-worker').spec).toMatchObject({
      minReplicaCount: 1,
      maxReplicaCount: 6,
    });
    for (const name of ['cost-api', 'cost-worker']) {
      expect(podSpecOf(named(base.deployments, name)).containers[0].image).toMatch(
        /^slipway\/cost-api:\d+\.\d+\.\d+$/,
      );
    }
  });

  it('dev: cost-api 1 replica, HPA 1..2, LOG_LEVEL debug, cost-worker at most 2', () => {
    expect(named(dev.deployments, 'cost-api').spec?.replicas).toBe(1);
    expect(named(dev.hpas, 'cost-api').spec).toMatchObject({ minReplicas: 1, maxReplicas: 2 });
    expect(named(dev.configMaps, 'cost-api-config').data?.LOG_LEVEL).toBe('debug');
    expect(named(base.configMaps, 'cost-api-config').data?.LOG_LEVEL).toBe('info');
    expect(named(dev.configMaps, 'cost-worker-config').data?.LOG_LEVEL).toBe('debug');
    expect(named(dev.scaledObjects, 'cost-worker').spec).toMatchObject({
      minReplicaCount: 1,
      maxReplicaCount: 2,
    });
  });

  it('dev: gateway 1 replica, HPA 1..2, LOG_LEVEL debug, its own host', () => {
    expect(named(dev.deployments, 'gateway').spec?.replicas).toBe(1);
    expect(named(dev.hpas, 'gateway').spec).toMatchObject({ minReplicas: 1, maxReplicas: 2 });
    expect(named(dev.configMaps, 'gateway-config').data?.LOG_LEVEL).toBe('debug');
    expect(named(base.configMaps, 'gateway-config').data?.LOG_LEVEL).toBe('info');
    const host = (b: Build): string | undefined => named(b.ingresses, 'gateway').spec?.rules?.[0]?.host;
    expect(host(dev)).not.toBe(host(prod));
  });

  it('dev: orchestrator-runs 1 replica, HPA 1..2, runs LOG_LEVEL debug, agent-worker at most 2', () => {
    expect(named(dev.deployments, 'orchestrator-runs').spec?.replicas).toBe(1);
    expect(named(dev.hpas, 'orchestrator-runs').spec).toMatchObject({ minReplicas: 1, maxReplicas: 2 });
    expect(named(dev.configMaps, 'runs-config').data?.LOG_LEVEL).toBe('debug');
    expect(named(base.configMaps, 'runs-config').data?.LOG_LEVEL).toBe('info');
    expect(named(dev.scaledObjects, 'agent-worker').spec).toMatchObject({
      minReplicaCount: 1,
      maxReplicaCount: 2,
    });
  });

  it('dev: ci-jobs 1 replica, HPA 1..2, ci LOG_LEVEL debug, ci-runner at most 2', () => {
    expect(named(dev.deployments, 'ci-jobs').spec?.replicas).toBe(1);
    expect(named(dev.hpas, 'ci-jobs').spec).toMatchObject({ minReplicas: 1, maxReplicas: 2 });
    expect(named(dev.configMaps, 'ci-config').data?.LOG_LEVEL).toBe('debug');
    expect(named(base.configMaps, 'ci-config').data?.LOG_LEVEL).toBe('info');
    expect(named(dev.scaledObjects, 'ci-runner').spec).toMatchObject({
      minReplicaCount: 1,
      maxReplicaCount: 2,
    });
  });

  it('dev: 1 replica, smaller resources, LOG_LEVEL debug, HPA 1..2', () => {
    expect(dataApi(dev).spec?.replicas).toBe(1);
    expect(named(dev.configMaps, 'data-api-config').data?.LOG_LEVEL).toBe('debug');
    expect(named(base.configMaps, 'data-api-config').data?.LOG_LEVEL).toBe('info');
    expect(named(dev.hpas, 'data-api').spec).toMatchObject({ minReplicas: 1, maxReplicas: 2 });
    for (const resource of ['cpu', 'memory']) {
      expect(quantity(requests(dev)[resource], `dev ${resource}`)).toBeLessThan(
        quantity(requests(base)[resource], `base ${resource}`),
      );
    }
    expect(podSpecOf(dataApi(dev)).containers[0].readinessProbe).toEqual(
      podSpecOf(dataApi(base)).containers[0].readinessProbe,
    );
  });

  it('prod: 3 replicas, HPA 3..10, every image pinned by the overlay on its Deployments and Job', () => {
    expect(dataApi(prod).spec?.replicas).toBe(3);
    expect(named(prod.hpas, 'data-api').spec).toMatchObject({ minReplicas: 3, maxReplicas: 10 });
    const k = readKustomization(join(ROOT, 'k8s/overlays/prod'));
    const expected = new Map(
      [DATA_API_IMAGE, CI_IMAGE, RUNS_IMAGE, COST_API_IMAGE, GATEWAY_IMAGE].map((image) => {
        const pinned = defined(
          k.images.find((i) => i.name === image),
          `images entry for ${image}`,
        );
        return [image, `${pinned.newName ?? image}:${defined(pinned.newTag, 'newTag')}`];
      }),
    );
    const byImage = new Map<string, string[]>();
    for (const workload of workloads(prod)) {
      for (const container of podSpecOf(workload).containers) {
        const image = defined(container.image, `image of ${workload.metadata?.name}`);
        const names = byImage.get(image) ?? [];
        byImage.set(image, [...names, defined(workload.metadata?.name, 'name')]);
      }
    }
    expect(Object.fromEntries(byImage)).toEqual({
      [defined(expected.get(DATA_API_IMAGE), DATA_API_IMAGE)]: ['data-api', 'data-api-migrate'],
      [defined(expected.get(CI_IMAGE), CI_IMAGE)]: ['ci-jobs', 'ci-runner'],
      [defined(expected.get(RUNS_IMAGE), RUNS_IMAGE)]: ['orchestrator-runs', 'agent-worker'],
      [defined(expected.get(COST_API_IMAGE), COST_API_IMAGE)]: ['cost-api', 'cost-worker'],
      [defined(expected.get(GATEWAY_IMAGE), GATEWAY_IMAGE)]: ['gateway'],
    });
  });

  it('applies the images, patch and replica transforms it claims to (synthetic input)', () => {
    const pod: JsonObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'x' },
      spec: {
        replicas: 1,
        template: {
          spec: {
            containers: [{ name: 'a', image: 'slipway/data-api:0.1.0', env: [{ name: 'A', value: '1' }] }],
          },
        },
      },
    };
    const copy = structuredClone(pod);
    expect(overrideImages(copy, { name: DATA_API_IMAGE, newTag: '9.9.9' })).toBe(1);
    expect(overrideImages(copy, { name: 'other/image', newTag: '1.0.0' })).toBe(0);
    const merged = strategicMerge(copy, {
      spec: { template: { spec: { containers: [{ name: 'a', env: [{ name: 'B', value: '2' }] }] } } },
    });
    const patched = applyPatch([merged], {
      target: { kind: 'Deployment', name: 'x' },
      body: [{ op: 'replace', path: '/spec/replicas', value: 4 }],
      where: 'synthetic',
    });
    expect(patched[0]).toEqual({
      ...pod,
      spec: {
        replicas: 4,
        template: {
          spec: {
            containers: [
              {
                name: 'a',
                image: 'slipway/data-api:9.9.9',
                env: [
                  { name: 'A', value: '1' },
                  { name: 'B', value: '2' },
                ],
              },
            ],
          },
        },
      },
    });
    expect(() =>
      applyPatch([pod], {
        target: { kind: 'Deployment', name: 'y' },
        body: [{ op: 'remove', path: '/spec' }],
        where: 'synthetic',
      }),
    ).toThrow(/matches nothing/);
    expect(() =>
      applyOperation(structuredClone(pod), { op: 'replace', path: '/spec/missing', value: 1 }),
    ).toThrow(/missing/);
  });
});

// ---------------------------------------------------------------------------------------------
// docker-compose.yml and the Dockerfile

function composeServices(): Map<string, JsonObject> {
  const compose = asObject(readYaml(join(ROOT, 'docker-compose.yml')), 'docker-compose.yml');
  const services = asObject(compose.services, 'services');
  return new Map(Object.entries(services).map(([name, service]) => [name, asObject(service, name)]));
}

function dependencies(service: JsonObject, where: string): Map<string, string> {
  const dependsOn = service.depends_on;
  if (dependsOn === undefined) return new Map();
  if (Array.isArray(dependsOn))
    return new Map(dependsOn.map((name) => [asString(name, where), 'service_started']));
  return new Map(
    Object.entries(asObject(dependsOn, where)).map(([name, spec]) => [
      name,
      asString(asObject(spec, `${where} ${name}`).condition, `${where} ${name} condition`),
    ]),
  );
}

function hasHealthcheck(service: JsonObject): boolean {
  const healthcheck = service.healthcheck;
  return isObject(healthcheck) && healthcheck.disable !== true && healthcheck.test !== undefined;
}

function commandLine(service: JsonObject, where: string): string {
  const command = service.command;
  if (command === undefined) return '';
  if (typeof command === 'string') return command;
  return asList(command, where)
    .map((part) => asString(part, where))
    .join(' ');
}

describe('docker-compose.yml', () => {
  let services: Map<string, JsonObject>;

  beforeAll(() => {
    services = composeServices();
  });

  it('runs postgres, redis, the data-api migration, data-api, ci-jobs, ci-runner, orchestrator-runs, agent-worker, cost-api, cost-worker and the gateway', () => {
    expect([...services.keys()].sort()).toEqual(
      expect.arrayContaining([
        'agent-worker',
        'ci-jobs',
        'ci-runner',
        'cost-api',
        'cost-worker',
        'data-api',
        'data-api-migrate',
        'gateway',
        'orchestrator-runs',
        'postgres',
        'redis',
      ]),
    );
  });

  it("publishes one port, the gateway's: every other service is reached only inside the compose network", () => {
    const published = [...services]
      .filter(([, service]) => service.ports !== undefined)
      .map(([name, service]) => ({ name, ports: asList(service.ports, `${name} ports`) }));
    expect(published).toEqual([{ name: 'gateway', ports: [`${GATEWAY_PORT}:${GATEWAY_PORT}`] }]);
    for (const [name, service] of services) {
      expect({ name, network: service.network_mode ?? 'default' }).toEqual({ name, network: 'default' });
    }
  });

  it('starts the gateway once redis and the services it fronts are healthy, pointed at them by service name', () => {
    const gateway = defined(services.get('gateway'), 'gateway');
    expect(asObject(gateway.build, 'gateway build')).toEqual({
      context: '.',
      dockerfile: 'apps/gateway/Dockerfile',
    });
    expect(commandLine(gateway, 'gateway')).toBe('');
    expect(dependencies(gateway, 'gateway depends_on')).toEqual(
      new Map([
        ['redis', 'service_healthy'],
        ['data-api', 'service_healthy'],
        ['orchestrator-runs', 'service_healthy'],
        ['ci-jobs', 'service_healthy'],
        ['cost-api', 'service_healthy'],
      ]),
    );
    expect(hasHealthcheck(gateway)).toBe(true);
    const test = asList(asObject(gateway.healthcheck, 'gateway healthcheck').test, 'gateway test').join(' ');
    expect(test).toContain(`http://127.0.0.1:${GATEWAY_PORT}/health`);
    const env = asObject(gateway.environment, 'gateway environment');
    expect(Object.keys(env).sort()).toEqual([...GATEWAY_ENV].sort());
    const url = (name: string): string => {
      const port = asObject(defined(services.get(name), name).environment, `${name} environment`).PORT;
      return `http://${name}:${asString(port, `${name} PORT`)}`;
    };
    const dataApiEnv = asObject(defined(services.get('data-api'), 'data-api').environment, 'data-api env');
    expect(env).toEqual({
      PORT: String(GATEWAY_PORT),
      LOG_LEVEL: 'info',
      SERVICE_TOKEN: dataApiEnv.SERVICE_TOKEN,
      REDIS_URL: 'redis://redis:6379',
      DATA_API_URL: url('data-api'),
      ORCHESTRATOR_URL: url('orchestrator-runs'),
      CI_JOBS_URL: url('ci-jobs'),
      COST_API_URL: url('cost-api'),
      AUTH_CACHE_TTL_MS: '30000',
      SESSION_COOKIE_SECURE: 'false',
      CORS_ORIGINS: '',
      PUBLIC_URL: `http://localhost:${GATEWAY_PORT}`,
    });
  });

  it('starts cost-api once redis and data-api are healthy, its secrets from the environment with local-only placeholders', () => {
    const costApi = defined(services.get('cost-api'), 'cost-api');
    expect(asObject(costApi.build, 'cost-api build')).toEqual({
      context: '.',
      dockerfile: 'apps/cost-api/Dockerfile',
    });
    expect(commandLine(costApi, 'cost-api')).toBe('');
    expect(dependencies(costApi, 'cost-api depends_on')).toEqual(
      new Map([
        ['redis', 'service_healthy'],
        ['data-api', 'service_healthy'],
      ]),
    );
    expect(hasHealthcheck(costApi)).toBe(true);
    const test = asList(asObject(costApi.healthcheck, 'cost-api healthcheck').test, 'cost-api test').join(
      ' ',
    );
    expect(test).toContain(`http://127.0.0.1:${COST_API_PORT}/health`);
    expect(asList(costApi.expose, 'cost-api expose')).toEqual([String(COST_API_PORT)]);
    const env = asObject(costApi.environment, 'cost-api environment');
    for (const key of Object.keys(env)) expect(COST_API_ENV).toContain(key);
    expect(Object.keys(env)).toEqual(expect.arrayContaining(COST_API_REQUIRED_ENV));
    const dataApiEnv = asObject(defined(services.get('data-api'), 'data-api').environment, 'data-api env');
    expect(env).toMatchObject({
      PORT: String(COST_API_PORT),
      SERVICE_TOKEN: dataApiEnv.SERVICE_TOKEN,
      REDIS_URL: 'redis://redis:6379',
      DATA_API_URL: 'http://data-api:3001',
      ORCHESTRATOR_URL: 'http://orchestrator-runs:3002',
    });
    // Like SERVICE_TOKEN: the environment's value, else a placeholder that says it is one and that
    // still passes cost-api's checks (a root key of 32+ characters, kid:base64 of 32 bytes).
    const placeholder = (key: string): string => {
      const match = new RegExp(`^\\$\\{${key}:-(.+)\\}$`).exec(asString(env[key], key));
      return defined(match?.[1], `${key} as \${${key}:-placeholder}`);
    };
    const rootKey = placeholder('COST_ROOT_API_KEY');
    expect(rootKey).toMatch(/^change-me-local-only/);
    expect(rootKey.length).toBeGreaterThanOrEqual(32);
    const [kid, key] = placeholder('CREDENTIALS_ENCRYPTION_KEY').split(':');
    expect(kid).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    const bytes = Buffer.from(key, 'base64');
    expect(bytes.toString('base64')).toBe(key);
    expect(bytes).toHaveLength(32);
    expect(bytes.toString('utf8')).toMatch(/^change-me-local-only/);
  });

  it('starts cost-worker from the cost-api image once redis and data-api are healthy, with cost-api’s key', () => {
    const worker = defined(services.get('cost-worker'), 'cost-worker');
    expect(asObject(worker.build, 'cost-worker build')).toEqual({
      context: '.',
      dockerfile: 'apps/cost-api/Dockerfile',
    });
    expect(commandLine(worker, 'cost-worker')).toBe('node worker.js');
    expect(dependencies(worker, 'cost-worker depends_on')).toEqual(
      new Map([
        ['redis', 'service_healthy'],
        ['data-api', 'service_healthy'],
      ]),
    );
    expect(hasHealthcheck(worker)).toBe(true);
    const test = asList(asObject(worker.healthcheck, 'cost-worker healthcheck').test, 'test').join(' ');
    expect(test).toContain(`http://127.0.0.1:${COST_WORKER_PORT}/health`);
    const env = asObject(worker.environment, 'cost-worker environment');
    for (const key of Object.keys(env)) expect(COST_WORKER_ENV).toContain(key);
    expect(Object.keys(env)).toEqual(expect.arrayContaining(COST_WORKER_REQUIRED_ENV));
    const costApiEnv = asObject(defined(services.get('cost-api'), 'cost-api').environment, 'cost-api env');
    expect(env).toMatchObject({
      PORT: String(COST_WORKER_PORT),
      SERVICE_TOKEN: costApiEnv.SERVICE_TOKEN,
      REDIS_URL: costApiEnv.REDIS_URL,
      REDIS_PREFIX: costApiEnv.REDIS_PREFIX,
      DATA_API_URL: 'http://data-api:3001',
      CREDENTIALS_ENCRYPTION_KEY: costApiEnv.CREDENTIALS_ENCRYPTION_KEY,
    });
  });

  it.each(COST_API_CLIENTS)('tells %s where cost-api is, by service name', (name) => {
    const env = asObject(defined(services.get(name), name).environment, `${name} environment`);
    expect(env.COST_API_URL).toBe(`http://cost-api:${COST_API_PORT}`);
  });

  it('starts orchestrator-runs and agent-worker from one image once redis and data-api are healthy, sharing the artifacts volume', () => {
    const expected = [
      { name: 'orchestrator-runs', port: ORCHESTRATOR_PORT, command: '', allowed: ORCHESTRATOR_ENV },
      { name: 'agent-worker', port: AGENT_WORKER_PORT, command: 'node worker.js', allowed: AGENT_WORKER_ENV },
    ];
    const api = defined(services.get('data-api'), 'data-api');
    const apiToken = asObject(api.environment, 'data-api environment').SERVICE_TOKEN;
    const artifactVolumes: string[] = [];
    for (const { name, port, command, allowed } of expected) {
      const service = defined(services.get(name), name);
      expect(asObject(service.build, `${name} build`)).toEqual({
        context: '.',
        dockerfile: 'apps/orchestrator-runs/Dockerfile',
      });
      expect(commandLine(service, name)).toBe(command);
      expect(dependencies(service, `${name} depends_on`)).toEqual(
        new Map([
          ['redis', 'service_healthy'],
          ['data-api', 'service_healthy'],
        ]),
      );
      expect(hasHealthcheck(service)).toBe(true);
      const test = asList(asObject(service.healthcheck, `${name} healthcheck`).test, `${name} test`).join(
        ' ',
      );
      expect(test).toContain(`http://127.0.0.1:${port}/health`);
      const env = asObject(service.environment, `${name} environment`);
      for (const key of Object.keys(env)) expect(allowed).toContain(key);
      expect(env.PORT).toBe(String(port));
      expect(env.REDIS_URL).toBe('redis://redis:6379');
      expect(env.DATA_API_URL).toBe('http://data-api:3001');
      expect(env.SERVICE_TOKEN).toBe(apiToken);
      expect(env.PROFILES_DIR).toBe(IMAGE_PROFILES_DIR);
      const artifactsDir = asString(env.ARTIFACTS_DIR, `${name} ARTIFACTS_DIR`);
      const mount = defined(
        asList(service.volumes, `${name} volumes`)
          .map((v) => asString(v, 'volume').split(':'))
          .find(([, target]) => target === artifactsDir),
        `a volume at ${artifactsDir} in ${name}`,
      );
      // A named volume (not a bind mount of the host) that both mount read-write.
      expect(mount[0]).toMatch(/^[a-z][a-z0-9_-]*$/);
      expect(mount[2] ?? 'rw').toBe('rw');
      artifactVolumes.push(mount[0]);
    }
    expect(artifactVolumes[1]).toBe(artifactVolumes[0]);
  });

  it('starts ci-jobs and ci-runner from the ci-jobs image once redis and data-api are healthy', () => {
    const expected = [
      { name: 'ci-jobs', port: CI_JOBS_PORT, command: '', allowed: CI_JOBS_ENV },
      { name: 'ci-runner', port: CI_RUNNER_PORT, command: 'node runner.js', allowed: CI_RUNNER_ENV },
    ];
    const api = defined(services.get('data-api'), 'data-api');
    const apiToken = asObject(api.environment, 'data-api environment').SERVICE_TOKEN;
    for (const { name, port, command, allowed } of expected) {
      const service = defined(services.get(name), name);
      expect(asObject(service.build, `${name} build`)).toEqual({
        context: '.',
        dockerfile: 'apps/ci-jobs/Dockerfile',
      });
      expect(commandLine(service, name)).toBe(command);
      expect(dependencies(service, `${name} depends_on`)).toEqual(
        new Map([
          ['redis', 'service_healthy'],
          ['data-api', 'service_healthy'],
        ]),
      );
      expect(hasHealthcheck(service)).toBe(true);
      const test = asList(asObject(service.healthcheck, `${name} healthcheck`).test, `${name} test`).join(
        ' ',
      );
      expect(test).toContain(`http://127.0.0.1:${port}/health`);
      const env = asObject(service.environment, `${name} environment`);
      for (const key of Object.keys(env)) expect(allowed).toContain(key);
      expect(env.PORT).toBe(String(port));
      expect(env.REDIS_URL).toBe('redis://redis:6379');
      expect(env.DATA_API_URL).toBe('http://data-api:3001');
      expect(env.SERVICE_TOKEN).toBe(apiToken);
    }
    const runner = defined(services.get('ci-runner'), 'ci-runner');
    const workdir = asString(asObject(runner.environment, 'ci-runner environment').RUNNER_WORKDIR, 'workdir');
    const mounts = [
      ...asList(runner.volumes, 'ci-runner volumes').map((v) => asString(v, 'volume').split(':')[1]),
      ...asList(runner.tmpfs, 'ci-runner tmpfs').map((t) => asString(t, 'tmpfs').split(':')[0]),
    ];
    expect(mounts).toContain(workdir);
  });

  it('gives every service a pinned image or a build whose Dockerfile exists', () => {
    for (const [name, service] of services) {
      if (service.build !== undefined) {
        const buildSpec =
          typeof service.build === 'string'
            ? { context: service.build }
            : asObject(service.build, `${name} build`);
        const context = resolve(ROOT, optionalString(buildSpec.context, `${name} context`) ?? '.');
        const dockerfile = optionalString(buildSpec.dockerfile, `${name} dockerfile`) ?? 'Dockerfile';
        expect({ name, dockerfile: existsSync(resolve(context, dockerfile)) }).toEqual({
          name,
          dockerfile: true,
        });
      } else {
        const { tag, digest } = splitImage(asString(service.image, `${name} image`));
        const pinned = digest !== undefined || (tag !== undefined && tag !== 'latest' && /\d/.test(tag));
        expect({ name, pinned }).toEqual({ name, pinned: true });
      }
    }
  });

  it('orders startup through depends_on on existing services with meaningful conditions', () => {
    const oneShots = new Set<string>();
    for (const [name, service] of services) {
      for (const [dependency, condition] of dependencies(service, `${name} depends_on`)) {
        const target = defined(services.get(dependency), `${name} depends on unknown service ${dependency}`);
        expect(['service_started', 'service_healthy', 'service_completed_successfully']).toContain(condition);
        if (condition === 'service_healthy')
          expect({ dependency, health: hasHealthcheck(target) }).toEqual({ dependency, health: true });
        if (condition === 'service_completed_successfully') {
          expect(target.restart).toBe('no');
          oneShots.add(dependency);
        }
      }
    }
    expect([...oneShots]).toEqual(['data-api-migrate']);
    for (const [name, service] of services) {
      if (!oneShots.has(name))
        expect({ name, health: hasHealthcheck(service) }).toEqual({ name, health: true });
    }
    expect(dependencies(defined(services.get('data-api'), 'data-api'), 'data-api')).toEqual(
      new Map([
        ['postgres', 'service_healthy'],
        ['data-api-migrate', 'service_completed_successfully'],
      ]),
    );
  });

  it('runs migrations in the one-shot service only and redis with noeviction', () => {
    const migrate = defined(services.get('data-api-migrate'), 'data-api-migrate');
    const api = defined(services.get('data-api'), 'data-api');
    expect(commandLine(migrate, 'data-api-migrate')).toBe('node main.js migrate');
    const env = asObject(api.environment, 'data-api environment');
    expect(env.MIGRATIONS_RUN).toBe('false');
    expect(Object.keys(env)).toEqual(expect.arrayContaining(DATA_API_REQUIRED_ENV));
    for (const key of Object.keys(env)) expect(DATA_API_ENV).toContain(key);
    expect(env.SERVICE_TOKEN).toBe('${SERVICE_TOKEN:-change-me-local-only}');
    expect(commandLine(defined(services.get('redis'), 'redis'), 'redis')).toMatch(
      /--maxmemory-policy\s+noeviction\b/,
    );
  });

  it('declares every named volume it mounts', () => {
    const compose = asObject(readYaml(join(ROOT, 'docker-compose.yml')), 'docker-compose.yml');
    const declared = Object.keys(isObject(compose.volumes) ? compose.volumes : {});
    for (const [name, service] of services) {
      for (const volume of asList(service.volumes, `${name} volumes`)) {
        const source = asString(volume, `${name} volume`).split(':')[0];
        if (!source.startsWith('.') && !source.startsWith('/')) expect(declared).toContain(source);
      }
    }
  });
});

function dockerfileInstructions(path: string): { op: string; args: string }[] {
  return readFileSync(join(ROOT, path), 'utf8')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [op, ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

const DOCKERFILES = [
  { app: 'data-api', expose: ['3001'] },
  { app: 'ci-jobs', expose: [`${CI_JOBS_PORT} ${CI_RUNNER_PORT}`] },
  { app: 'orchestrator-runs', expose: [`${ORCHESTRATOR_PORT} ${AGENT_WORKER_PORT}`] },
  { app: 'cost-api', expose: [`${COST_API_PORT} ${COST_WORKER_PORT}`] },
  { app: 'gateway', expose: [String(GATEWAY_PORT)] },
];

describe('apps/gateway/Dockerfile', () => {
  it('builds the web console and ships it where CONSOLE_DIR points', () => {
    const all = dockerfileInstructions('apps/gateway/Dockerfile');
    const build = all.slice(0, all.map((i) => i.op).lastIndexOf('FROM'));
    expect(build.filter((i) => i.op === 'RUN').map((i) => i.args)).toContain('npx nx build console');
    const runtime = all.slice(all.map((i) => i.op).lastIndexOf('FROM'));
    const env = runtime
      .filter((i) => i.op === 'ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toMatch(/CONSOLE_DIR=\/app\/console/);
    expect(runtime.map((i) => `${i.op} ${i.args}`)).toContain(
      'COPY --from=build /workspace/dist/apps/console ./console',
    );
  });
});

describe.each(DOCKERFILES)('apps/$app/Dockerfile', ({ app, expose }) => {
  const instructions = (): { op: string; args: string }[] => dockerfileInstructions(`apps/${app}/Dockerfile`);

  it('builds in stages from pinned images and ships a non-root runtime with a healthcheck', () => {
    const all = instructions();
    const stages = all.filter((i) => i.op === 'FROM').map((i) => splitImage(i.args.split(' ')[0]));
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.tag).toMatch(/^\d+\.\d+/);
    const build = all.slice(0, all.map((i) => i.op).lastIndexOf('FROM'));
    expect(build.filter((i) => i.op === 'RUN').map((i) => i.args)).toContain(`npx nx build ${app}`);
    const runtime = all.slice(all.map((i) => i.op).lastIndexOf('FROM'));
    const run = runtime.filter((i) => i.op === 'RUN').map((i) => i.args);
    expect(run.some((args) => /npm ci --omit=dev/.test(args))).toBe(true);
    const user = runtime.filter((i) => i.op === 'USER').map((i) => i.args);
    expect(user).toEqual(['node']);
    expect(runtime.filter((i) => i.op === 'EXPOSE').map((i) => i.args)).toEqual(expose);
    const healthcheck = runtime.filter((i) => i.op === 'HEALTHCHECK').map((i) => i.args);
    expect(healthcheck).toHaveLength(1);
    expect(healthcheck[0]).toMatch(/CMD \["node",.*process\.env\.PORT.*\/health/);
    const cmd = runtime.filter((i) => i.op === 'CMD').map((i): unknown => JSON.parse(i.args));
    expect(cmd).toEqual([['node', 'main.js']]);
    expect(runtime.find((i) => i.op === 'COPY' && i.args.startsWith('--from='))?.args).toMatch(
      new RegExp(`/dist/apps/${app} \\./$`),
    );
  });
});

describe('apps/ci-jobs/Dockerfile runtime tools', () => {
  it('installs git (and CA certificates) without recommends, cleaning the apt lists, before USER node', () => {
    const all = dockerfileInstructions('apps/ci-jobs/Dockerfile');
    const runtime = all.slice(all.map((i) => i.op).lastIndexOf('FROM'));
    const ops = runtime.map((i) => i.op);
    const index = runtime.findIndex((i) => i.op === 'RUN' && /apt-get install/.test(i.args));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThan(ops.indexOf('USER'));
    const install = runtime[index].args;
    expect(install).toMatch(/apt-get update/);
    expect(install).toMatch(/apt-get install -y --no-install-recommends git ca-certificates/);
    expect(install).toMatch(/rm -rf \/var\/lib\/apt\/lists\/\*/);
  });
});

describe('apps/orchestrator-runs/Dockerfile profiles and artifacts', () => {
  const runtime = (): { op: string; args: string }[] => {
    const all = dockerfileInstructions('apps/orchestrator-runs/Dockerfile');
    return all.slice(all.map((i) => i.op).lastIndexOf('FROM'));
  };
  const imageEnv = (): Map<string, string> =>
    new Map(
      runtime()
        .filter((i) => i.op === 'ENV')
        .flatMap((i) => [...i.args.matchAll(/([A-Z_]+)=(\S+)/g)].map((m): [string, string] => [m[1], m[2]])),
    );

  it('copies the profiles (webpack does not bundle them) where PROFILES_DIR points', () => {
    expect(imageEnv().get('PROFILES_DIR')).toBe(IMAGE_PROFILES_DIR);
    const copies = runtime()
      .filter((i) => i.op === 'COPY')
      .map((i) => i.args);
    expect(copies).toContain('apps/orchestrator-runs/profiles ./profiles');
    const workdir = runtime().find((i) => i.op === 'WORKDIR')?.args;
    expect(`${workdir}/profiles`).toBe(IMAGE_PROFILES_DIR);
  });

  it('creates ARTIFACTS_DIR owned by node before USER node, so a fresh volume there is writable', () => {
    const ops = runtime();
    expect(imageEnv().get('ARTIFACTS_DIR')).toBe(IMAGE_ARTIFACTS_DIR);
    const index = ops.findIndex(
      (i) => i.op === 'RUN' && i.args.includes(`install -d -o node -g node ${IMAGE_ARTIFACTS_DIR}`),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThan(ops.findIndex((i) => i.op === 'USER'));
  });
});
