import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import type { NotificationSettings } from '../notification-settings';

/**
 * Where a channel may never send (unless NOTIFY_ALLOW_PRIVATE_TARGETS): this host, private
 * networks, link-local (the cloud metadata endpoints 169.254.169.254 and fd00:ec2::254 among them),
 * shared, benchmarking, multicast and reserved ranges. IPv4-mapped IPv6 addresses are checked as
 * their IPv4 address.
 */
const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  BLOCKED.addSubnet(network, prefix, 'ipv6');

/** Whether an IP address is one a notification must not reach (see BLOCKED). */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A send refused because its host is, or resolves to, an address a notification must not reach. */
export class TargetRefusedError extends Error {
  constructor(host: string) {
    super(`${host} is a loopback, private, link-local or metadata address; notifications are not sent there`);
    this.name = 'TargetRefusedError';
  }
}

/** A host as an address when it is one in brackets ([::1] → ::1). */
const unbracketed = (host: string): string => host.replace(/^\[(.*)\]$/, '$1');

const lookupAll = (host: string): Promise<LookupAddress[]> =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

/**
 * The SSRF guard of Slack and webhook channels and of an email channel's own SMTP server, over DNS.
 * At a channel's create or update, `refused` says whether its host is, or now resolves to, a
 * blocked address (a name that resolves to nothing yet is left to the send). At every send,
 * `checkSend` refuses an address literal and `lookup` — the sending agent's resolver — refuses a
 * name any of whose addresses is blocked, at connect time, so a name re-pointed after the check
 * (DNS rebinding) is caught on the very connection it would use; SMTP, whose client resolves names
 * itself, is sent to the address `address` checked. NOTIFY_ALLOW_PRIVATE_TARGETS=true turns it off
 * (tests, local receivers).
 */
@Injectable()
export class NotifyTargets {
  readonly allowPrivate: boolean;

  constructor(@Inject(APP_CONFIG) config: NotificationSettings) {
    this.allowPrivate = config.NOTIFY_ALLOW_PRIVATE_TARGETS;
  }

  /** True when the host (a name, an address, an address in brackets) is, or resolves to, a blocked address. */
  async refused(hostname: string): Promise<boolean> {
    if (this.allowPrivate) return false;
    const host = unbracketed(hostname);
    if (isIP(host) !== 0) return isPrivateAddress(host);
    try {
      return (await lookupAll(host)).some(({ address }) => isPrivateAddress(address));
    } catch {
      return false;
    }
  }

  /** Throws TargetRefusedError for a URL whose host is a blocked address literal (no lookup happens then). */
  checkSend(url: URL): void {
    const host = unbracketed(url.hostname);
    if (!this.allowPrivate && isPrivateAddress(host)) throw new TargetRefusedError(host);
  }

  /**
   * The address to connect to for `hostname`: the address itself, or the name's first address when
   * none of its addresses is blocked; TargetRefusedError otherwise. With private targets allowed,
   * the name as given.
   */
  async address(hostname: string): Promise<string> {
    const host = unbracketed(hostname);
    if (this.allowPrivate) return host;
    const addresses = isIP(host) !== 0 ? [{ address: host }] : await lookupAll(host);
    if (addresses.length === 0 || addresses.some(({ address }) => isPrivateAddress(address)))
      throw new TargetRefusedError(hostname);
    return addresses[0].address;
  }

  /** A resolver for the sending agent: the name's addresses, or TargetRefusedError when one is blocked. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    const all: LookupAllOptions = { ...options, all: true };
    dnsLookup(hostname, all, (error, addresses) => {
      if (error) return callback(error, '');
      if (!this.allowPrivate && addresses.some(({ address }) => isPrivateAddress(address)))
        return callback(new TargetRefusedError(hostname), '');
      const [first] = addresses;
      if (options.all || !first) return callback(null, addresses);
      callback(null, first.address, first.family);
    });
  };
}
