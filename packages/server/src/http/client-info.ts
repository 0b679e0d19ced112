import type { Context } from 'hono';

/**
 * Where a request comes from and whether it arrived over TLS. Behind a reverse proxy the socket
 * shows the proxy, so X-Forwarded-For/-Proto are read, but only when TRUST_PROXY says how many
 * proxies stand in front (a client could write those headers itself otherwise).
 */
export interface ClientInfo {
  address: string;
  secure: boolean;
}

export function clientInfo(c: Context, trustProxy: number): ClientInfo {
  const socket = socketOf(c);
  const socketSecure = c.req.url.startsWith('https://') || Boolean(socket?.encrypted);
  let address = socket?.remoteAddress ?? 'unknown';
  let secure = socketSecure;
  if (trustProxy > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    // each trusted proxy appends the address it saw: the client is trustProxy entries from the right
    const client = hops[hops.length - trustProxy];
    if (client) address = client;
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    if (proto) secure = proto === 'https';
  }
  return { address: address.replace(/^::ffff:/, ''), secure };
}

interface SocketLike {
  remoteAddress?: string;
  encrypted?: boolean;
}

function socketOf(c: Context): SocketLike | undefined {
  // @hono/node-server passes the Node request as env.incoming; app.request() in tests may pass nothing
  const env = c.env as { incoming?: { socket?: SocketLike } } | undefined;
  return env?.incoming?.socket;
}
