import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import http2, {
  type Http2ServerRequest,
  type Http2ServerResponse,
  type Http2Session,
} from 'node:http2';
import net, { type AddressInfo, type Socket } from 'node:net';

/** A request as the emulator sees it, whichever HTTP version carried it. */
export interface WireRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  /** Undefined when the body exceeded the size limit. */
  readonly body: string | undefined;
}

export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export type WireHandler = (request: WireRequest) => Promise<WireResponse>;

export interface WireServer {
  readonly host: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Larger bodies are refused, as Bedrock refuses an input too long for the model. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

const readBody = async (request: AsyncIterable<Buffer | string>): Promise<string | undefined> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
};

/** The answer when reading the request or handling it failed (a client that hung up mid-body). */
const BROKEN: WireResponse = {
  status: 500,
  headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'InternalServerException' },
  body: JSON.stringify({ message: 'The emulator could not read or handle the request.' }),
};

/** Adapts a handler to Node's request listener: HTTP/1.1 and the HTTP/2 compatibility API alike. */
const listener =
  (handler: WireHandler) =>
  async (
    req: IncomingMessage | Http2ServerRequest,
    res: ServerResponse | Http2ServerResponse,
  ): Promise<void> => {
    let closed = false;
    res.on('close', () => {
      closed = true;
    });
    const reply = await readBody(req)
      .then((body) =>
        handler({
          method: req.method ?? 'GET',
          path: req.url ?? '/',
          authorization: req.headers.authorization,
          body,
        }),
      )
      .catch(() => BROKEN);
    if (closed) return;
    (res as ServerResponse).writeHead(reply.status, reply.headers);
    res.end(reply.body);
  };

/** HTTP/2 connections open with the preface `PRI * HTTP/2.0`; no HTTP/1.1 method starts with PRI. */
const isHttp2Preface = (chunk: Buffer): boolean =>
  chunk.subarray(0, 3).toString('latin1') === 'PRI';

/**
 * One port, both protocols: h2c with prior knowledge (the SDK's default NodeHttp2Handler)
 * and HTTP/1.1 (NodeHttpHandler, curl), told apart by the first bytes of each connection.
 */
export const listenWire = async (
  handler: WireHandler,
  host: string,
  port: number,
): Promise<WireServer> => {
  const onRequest = listener(handler);
  const h1 = http.createServer((req, res) => void onRequest(req, res));
  const h2 = http2.createServer((req, res) => void onRequest(req, res));
  const sockets = new Set<Socket>();
  const sessions = new Set<Http2Session>();
  h2.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', (chunk: Buffer) => {
      socket.pause();
      socket.unshift(chunk);
      (isHttp2Preface(chunk) ? h2 : h1).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    host,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const session of sessions) session.destroy();
        for (const socket of sockets) socket.destroy();
      }),
  };
};
