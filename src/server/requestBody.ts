import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** A request body read as JSON, or why it was refused, with the HTTP status to answer. */
export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413 | 415; error: string };

/** How much a JSON body may weigh. */
export interface BodyLimits {
  /** Bytes after decoding any content encoding: what the server would hold in memory. */
  maxDecodedBytes: number;
}

/** The decoders for the content encodings the server takes; anything else gets a 415. */
const decoders = {
  identity: undefined,
  gzip: () => createGunzip(),
  'x-gzip': () => createGunzip(),
  deflate: () => createInflate(),
  br: () => createBrotliDecompress(),
} as const;

type Encoding = keyof typeof decoders;

class BodyTooLarge extends Error {}

/**
 * Reads a request body as JSON. Unlike restify's body parser, the limit counts decoded bytes (a
 * 2 KB gzip bomb cannot become 1 MB of text), a body that is not what its encoding says is a
 * 400 rather than an unhandled stream error, and every failure is a status to answer with.
 */
export async function readJsonBody(req: IncomingMessage, limits: BodyLimits): Promise<JsonBody> {
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/json') {
    req.resume();
    return { ok: false, status: 415, error: 'the body must be application/json' };
  }
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (!Object.hasOwn(decoders, encoding)) {
    req.resume();
    return {
      ok: false,
      status: 415,
      error: 'unsupported content encoding: use gzip, deflate, br or none',
    };
  }
  const declaredLength = Number(req.headers['content-length']);
  if (declaredLength > limits.maxDecodedBytes) {
    req.resume();
    return { ok: false, status: 413, error: tooLargeMessage(limits) };
  }

  const bytes = await decodedBytes(req, encoding as Encoding, limits).catch(
    (error: unknown) => error as Error,
  );
  if (bytes instanceof BodyTooLarge)
    return { ok: false, status: 413, error: tooLargeMessage(limits) };
  if (bytes instanceof Error) {
    return { ok: false, status: 400, error: `the body could not be decoded as ${encoding}` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, error: 'the body is not UTF-8' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, error: 'the body is not valid JSON' };
  }
}

function tooLargeMessage(limits: BodyLimits): string {
  return `the body may hold at most ${limits.maxDecodedBytes} bytes once decoded`;
}

/**
 * The body's bytes after decoding, given up as soon as they pass the limit. The request itself is
 * never destroyed (that would close the socket before the answer): what is left of it is drained.
 */
function decodedBytes(
  req: IncomingMessage,
  encoding: Encoding,
  limits: BodyLimits,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const decoder = decoders[encoding]?.();
    const decoded: Readable = decoder ? req.pipe(decoder) : req;
    const giveUp = (error: Error) => {
      if (decoder) {
        req.unpipe(decoder);
        decoder.destroy();
      }
      decoded.removeAllListeners('data');
      req.resume();
      reject(error);
    };
    decoded.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxDecodedBytes) giveUp(new BodyTooLarge());
      else chunks.push(chunk);
    });
    decoded.once('error', giveUp);
    req.once('error', giveUp);
    decoded.once('end', () => resolve(Buffer.concat(chunks, size)));
  });
}
