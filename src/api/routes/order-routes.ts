import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { orderTransitionTargets } from '../../domain/order.ts';
import type { Order, OrderTransition } from '../../domain/order.ts';
import type { CreateOrderResult, OrderService } from '../../domain/order-service.ts';
import {
  JSON_BODY_PROBLEMS,
  SAP_CALL_PROBLEMS,
  jsonBody,
  jsonResponse,
  problemResponses,
} from '../openapi/route-docs.ts';
import { IdParamsSchema } from '../schemas/common-schemas.ts';
import {
  CompleteOrderSchema,
  NewConfirmationSchema,
  NewOrderForNotificationSchema,
  NewOrderSchema,
  OrderListSchema,
  OrderQuerySchema,
  OrderSchema,
} from '../schemas/order-schemas.ts';
import { z } from '../schemas/zod-openapi.ts';
import { parseInput } from '../validation.ts';
import type { WriteGateway } from '../writes/write-gateway.ts';
import { sapObjectKey } from '../writes/write-operations.ts';

/** The routes of service orders under `/v1/orders`, and `/v1/notifications/{id}/order`. */
export function createOrderRouter(orders: OrderService, writes: WriteGateway): Router {
  const router = Router();
  const created = ({ order, created: isNew }: CreateOrderResult) => ({
    status: isNew ? 201 : 200,
    location: orderPath(order.id),
    body: order,
  });
  const ok = (order: Order) => ({ status: 200, body: order });
  // A rerun of a transition SAP committed finds the order in the transition's status already.
  const settledAt = async (transition: OrderTransition, id: string) => {
    const order = await orders.get(id);
    return order.status === orderTransitionTargets[transition] ? ok(order) : null;
  };
  const idOnly = ({ params }: { params: Record<string, string> }) =>
    parseInput(IdParamsSchema, params);

  router.post(
    '/v1/orders',
    writes.route('orders.create', {
      parse: ({ body }) => parseInput(NewOrderSchema, body),
      run: async (input) => created(await orders.create(input)),
      // An order for a notification changes the notification too.
      objectKey: ({ notificationId }) =>
        notificationId === undefined ? undefined : sapObjectKey('notification', notificationId),
    }),
  );

  router.post(
    '/v1/notifications/:id/order',
    writes.route('orders.create-for-notification', {
      parse: ({ params, body }) => ({
        ...idOnly({ params }),
        content: parseInput(NewOrderForNotificationSchema, body),
      }),
      run: async ({ id, content }) => created(await orders.createForNotification(id, content)),
      objectKey: ({ id }) => sapObjectKey('notification', id),
    }),
  );

  router.get('/v1/orders', async (req, res) => {
    const query = parseInput(OrderQuerySchema, req.query);
    res.json({ items: await orders.list(query) });
  });

  router.get('/v1/orders/:id', async (req, res) => {
    res.json(await orders.get(req.params.id));
  });

  router.post(
    '/v1/orders/:id/release',
    writes.route('orders.release', {
      parse: idOnly,
      run: async ({ id }) => ok(await orders.release(id)),
      objectKey: ({ id }) => sapObjectKey('order', id),
      settled: ({ id }) => settledAt('release', id),
    }),
  );

  router.post(
    '/v1/orders/:id/complete',
    writes.route('orders.complete', {
      // The body is optional: a bodiless POST completes the order alone.
      parse: ({ params, body }) => ({
        ...idOnly({ params }),
        options: parseInput(CompleteOrderSchema, body ?? {}),
      }),
      run: async ({ id, options }) => ok(await orders.complete(id, options)),
      objectKey: ({ id }) => sapObjectKey('order', id),
      settled: ({ id }) => settledAt('complete', id),
    }),
  );

  router.post(
    '/v1/orders/:id/close',
    writes.route('orders.close', {
      parse: idOnly,
      run: async ({ id }) => ok(await orders.close(id)),
      objectKey: ({ id }) => sapObjectKey('order', id),
      settled: ({ id }) => settledAt('close', id),
    }),
  );

  router.post(
    '/v1/orders/:id/confirmations',
    writes.route('orders.confirm', {
      parse: ({ params, body }) => ({
        ...idOnly({ params }),
        confirmation: parseInput(NewConfirmationSchema, body),
      }),
      // A confirmation whose externalRef SAP has already is answered, not posted again.
      objectKey: ({ id }) => sapObjectKey('order', id),
      run: async ({ id, confirmation }) => {
        const { order, created } = await orders.confirm(id, confirmation);
        return { status: created ? 201 : 200, body: order };
      },
    }),
  );

  return router;
}

/** The path of one order, as `Location` gives it. */
export function orderPath(id: string): string {
  return `/v1/orders/${encodeURIComponent(id)}`;
}

/** Describes the order routes in the OpenAPI registry. */
export function registerOrderPaths(registry: OpenAPIRegistry): void {
  const tags = ['orders'];
  const location = z.object({ Location: z.string().openapi({ example: '/v1/orders/4000001' }) });
  const writeProblems = problemResponses([
    ...JSON_BODY_PROBLEMS,
    404,
    409,
    422,
    ...SAP_CALL_PROBLEMS,
  ]);

  registry.registerPath({
    method: 'post',
    path: '/v1/orders',
    tags,
    summary: 'Opens a service order for a notification, or for a customer and equipment',
    request: { body: jsonBody(NewOrderSchema) },
    responses: {
      201: { ...jsonResponse('The order was created.', OrderSchema), headers: location },
      ...problemResponses([...JSON_BODY_PROBLEMS, 409, 422, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/notifications/{id}/order',
    tags,
    summary: 'Opens a service order for the notification',
    request: { params: IdParamsSchema, body: jsonBody(NewOrderForNotificationSchema) },
    responses: {
      201: { ...jsonResponse('The order was created.', OrderSchema), headers: location },
      ...writeProblems,
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/orders',
    tags,
    summary: 'Lists order headers, newest first',
    request: { query: OrderQuerySchema },
    responses: {
      200: jsonResponse('A page of order headers.', OrderListSchema),
      ...problemResponses([400, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/orders/{id}',
    tags,
    summary: 'Reads an order with its operations, components, confirmations and parts used',
    request: { params: IdParamsSchema },
    responses: {
      200: jsonResponse('The order.', OrderSchema),
      ...problemResponses([404, ...SAP_CALL_PROBLEMS]),
    },
  });

  const transitions = [
    ['release', 'Releases the order'],
    ['close', 'Closes the order (business completion)'],
  ] as const;
  for (const [transition, summary] of transitions) {
    const status = orderTransitionTargets[transition];
    registry.registerPath({
      method: 'post',
      path: `/v1/orders/{id}/${transition}`,
      tags,
      summary,
      request: { params: IdParamsSchema },
      responses: {
        200: jsonResponse(`The order, now ${status}.`, OrderSchema),
        ...problemResponses([404, 409, 415, ...SAP_CALL_PROBLEMS]),
      },
    });
  }

  registry.registerPath({
    method: 'post',
    path: '/v1/orders/{id}/complete',
    tags,
    summary: 'Completes the order technically, and its notification when asked',
    request: {
      params: IdParamsSchema,
      body: { ...jsonBody(CompleteOrderSchema), required: false },
    },
    responses: {
      200: jsonResponse(`The order, now ${orderTransitionTargets.complete}.`, OrderSchema),
      ...writeProblems,
    },
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/orders/{id}/confirmations',
    tags,
    summary: 'Confirms hours on an operation and issues the parts used, in one LUW',
    description:
      'Hours and quantities are decimal strings or numbers and are answered as decimal ' +
      'strings. A goods issue beyond stock answers 409 `INSUFFICIENT_STOCK` and posts nothing. ' +
      'With `externalRef`, a confirmation SAP already has under that reference is not posted ' +
      'again: the order is answered with 200.',
    request: { params: IdParamsSchema, body: jsonBody(NewConfirmationSchema) },
    responses: {
      201: jsonResponse('The order with the new confirmation and parts.', OrderSchema),
      200: jsonResponse(
        'A confirmation with this externalRef was posted before; nothing was posted.',
        OrderSchema,
      ),
      ...writeProblems,
    },
  });
}
