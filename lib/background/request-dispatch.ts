/**
 * The background's side of the message contract (lib/messages.ts): telling
 * our requests from anything else on runtime.onMessage, and answering one
 * with its handler in an envelope.
 */
import { REQUEST_SENDERS } from '../messages';
import type { Envelope, Handlers, Reply, Request, RequestType, Sender } from '../messages';

const REQUEST_TYPES: ReadonlySet<string> = new Set(Object.keys(REQUEST_SENDERS));

/** True for objects shaped like one of our requests (messages from elsewhere are ignored). */
export function isRequest(message: unknown): message is Request {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    REQUEST_TYPES.has((message as { type: string }).type)
  );
}

/** Routes a request to its handler and wraps the outcome in an envelope. */
export async function dispatch(handlers: Handlers, request: Request, sender: Sender): Promise<Envelope<RequestType>> {
  try {
    const handler = handlers[request.type] as (r: Request, s: Sender) => Promise<unknown>;
    return { ok: true, value: (await handler(request, sender)) as Reply<RequestType> };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
