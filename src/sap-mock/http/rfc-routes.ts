import express from 'express';
import type { Response, Router } from 'express';
import { z } from 'zod';
import { invalidHandleError } from '../faults/connection-errors.ts';
import { parseRequest } from './problem.ts';
import type { RfcConnectionRegistry } from './rfc-connections.ts';
import { toWireError } from './rfc-wire.ts';

const openSchema = z.strictObject({
  user: z.string().min(1).max(12).optional(),
  lang: z.string().min(1).max(2).optional(),
});

const callSchema = z.strictObject({
  parameters: z.record(z.string(), z.unknown()).default({}),
  notRequested: z.array(z.string()).optional(),
});

const prefix = '/_mock/rfc/connections';

/**
 * Stateful RFC connections over loopback HTTP, so that several processes share one mock SAP:
 * open, call, reset the server context, ping and close. Errors answer node-rfc's fields.
 */
export function createMockRfcRouter(registry: RfcConnectionRegistry): Router {
  const router = express.Router();

  router.post(prefix, async (request, response) => {
    const body = parseRequest(openSchema, request.body ?? {});
    const parameters = Object.fromEntries(
      Object.entries(body).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    try {
      const id = await registry.open(parameters);
      response.status(201).json({ id, idleTimeoutMs: registry.idleTimeoutMs });
    } catch (error) {
      response.status(503).json({ error: toWireError(error) });
    }
  });

  router.post(`${prefix}/:id/calls/:functionModule`, async (request, response) => {
    const body = parseRequest(callSchema, request.body ?? {});
    const functionModule = request.params.functionModule;
    await answer(response, request.params.id, async () => {
      const result = await registry.use(request.params.id, (client) =>
        client.call(functionModule, body.parameters, {
          ...(body.notRequested === undefined ? {} : { notRequested: body.notRequested }),
        }),
      );
      return result === undefined ? undefined : { result };
    });
  });

  router.post(`${prefix}/:id/reset`, async (request, response) => {
    await answer(response, request.params.id, async () => {
      const done = await registry.use(request.params.id, async (client) => {
        await client.resetServerContext();
        return true;
      });
      return done === undefined ? undefined : {};
    });
  });

  router.get(`${prefix}/:id/ping`, async (request, response) => {
    const alive = await registry.use(request.params.id, (client) => client.ping());
    response.json({ alive: alive ?? false });
  });

  router.delete(`${prefix}/:id`, async (request, response) => {
    await registry.close(request.params.id);
    response.status(204).end();
  });

  return router;
}

// Answers the work's JSON, 404 with RFC_INVALID_HANDLE for an unknown connection, or 500
// with the error node-rfc would have thrown.
async function answer(
  response: Response,
  id: string,
  work: () => Promise<object | undefined>,
): Promise<void> {
  try {
    const body = await work();
    if (body === undefined)
      response.status(404).json({ error: toWireError(invalidHandleError(id)) });
    else response.json(body);
  } catch (error) {
    response.status(500).json({ error: toWireError(error) });
  }
}
