import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import type { Response } from 'express';
import { orderTransitionTargets } from '../../domain/order.ts';
import type { Order } from '../../domain/order.ts';
import type { OrderService } from '../../domain/order-service.ts';
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

/** The routes of service orders under `/v1/orders`, and `/v1/notifications/{id}/order`. */
export function createOrderRouter(orders: OrderService): Router {
  const router = Router();
  const created = (res: Response, order: Order) => {
    res.status(201).location(orderPath(order.id)).json(order);
  };

  router.post('/v1/orders', async (req, res) => {
    const input = parseInput(NewOrderSchema, req.body);
    created(res, await orders.create(input));
  });

  router.post('/v1/notifications/:id/order', async (req, res) => {
    const content = parseInput(NewOrderForNotificationSchema, req.body);
    created(res, await orders.createForNotification(req.params.id, content));
  });

  router.get('/v1/orders', async (req, res) => {
    const query = parseInput(OrderQuerySchema, req.query);
    res.json({ items: await orders.list(query) });
  });

  router.get('/v1/orders/:id', async (req, res) => {
    res.json(await orders.get(req.params.id));
  });

  router.post('/v1/orders/:id/release', async (req, res) => {
    res.json(await orders.release(req.params.id));
  });

  router.post('/v1/orders/:id/complete', async (req, res) => {
    // The body is optional: a bodiless POST completes the order alone.
    const options = parseInput(CompleteOrderSchema, req.body ?? {});
    res.json(await orders.complete(req.params.id, options));
  });

  router.post('/v1/orders/:id/close', async (req, res) => {
    res.json(await orders.close(req.params.id));
  });

  router.post('/v1/orders/:id/confirmations', async (req, res) => {
    const confirmation = parseInput(NewConfirmationSchema, req.body);
    res.status(201).json(await orders.confirm(req.params.id, confirmation));
  });

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
      'strings. A goods issue beyond stock answers 409 `INSUFFICIENT_STOCK` and posts nothing.',
    request: { params: IdParamsSchema, body: jsonBody(NewConfirmationSchema) },
    responses: {
      201: jsonResponse('The order with the new confirmation and parts.', OrderSchema),
      ...writeProblems,
    },
  });
}
